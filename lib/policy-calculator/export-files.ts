/**
 * The calculator's exports as files: each policy as text, the IAM REST requests (as an `.http`
 * request file and as JSON bodies), Terraform and Monaco YAML, each with the file name a download
 * gets (`checkout-member-policy.txt`, `checkout-member.tf`, …) and its MIME type. The UI shows
 * every one copyable and downloadable; the names come from the team id and role only.
 */
import { iamRestScript, toIamRestBodies } from './iam-rest';
import { toMonacoYaml } from './monaco';
import { toTerraform } from './terraform';
import type { ExportOptions, GeneratedPolicySet } from './types';

export interface ExportFile {
  title: string;
  fileName: string;
  mimeType: string;
  text: string;
  language: 'json' | 'yaml' | 'other';
}

/** A file-name part of letters, digits and dashes (`Checkout EU` → `checkout-eu`). */
export function fileNamePart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'team';
}

/** The policies as files, one per policy: `<team>-<role>-policy.txt` (`-policy-<part>.txt` when there are several). */
export function policyFiles(set: GeneratedPolicySet, teamId: string, role: string): ExportFile[] {
  const base = `${fileNamePart(teamId)}-${fileNamePart(role)}`;
  return set.policies.map((p) => {
    // the boundary variant's `…-shared` / `…-unbounded`: the part after the role's policy name
    const part = set.policies.length > 1 ? fileNamePart(p.name.replace(/^team-alerting-[a-z]+-?/, '')) : '';
    return { title: `Policy ${p.name}`, fileName: `${base}-policy${part ? `-${part}` : ''}.txt`, mimeType: 'text/plain', text: p.text, language: 'other' };
  });
}

/** The binding exports as files (throws `ExportInputError` like the exporters when the set cannot be exported). */
export function exportFiles(set: GeneratedPolicySet, options: ExportOptions, teamId: string, role: string): ExportFile[] {
  const base = `${fileNamePart(teamId)}-${fileNamePart(role)}`;
  const bodies = toIamRestBodies(set, options);
  return [
    { title: 'IAM REST API requests', fileName: `${base}-iam-requests.http`, mimeType: 'text/plain', text: iamRestScript(bodies), language: 'other' },
    { title: 'IAM REST request bodies (JSON)', fileName: `${base}-iam-requests.json`, mimeType: 'application/json', text: `${JSON.stringify(bodies, null, 2)}\n`, language: 'json' },
    { title: 'Terraform', fileName: `${base}.tf`, mimeType: 'text/plain', text: toTerraform(set, options), language: 'other' },
    { title: 'Monaco account YAML', fileName: `${base}-monaco.yaml`, mimeType: 'application/yaml', text: toMonacoYaml(set, options), language: 'yaml' },
  ];
}
