/**
 * Compare tab: a team's generated policy against the Dynatrace default policies (or any pasted
 * policy). Uses the IAM library's `diffPrivileges` (what each side grants that the other does
 * not, with witness requests) and `analyzeOverPrivilege` (findings on both sides), and folds the
 * witnesses into one row per permission so the page can show a readable table.
 */
import { analyzeOverPrivilege, diffPrivileges, parsePolicy, type AccessWitness, type AnalysisDiagnostic, type PolicyBinding } from '../iam';
import { defaultPolicies, type DefaultPolicy } from './default-policies';

export interface PermissionDifference {
  permission: string;
  /** Example requests (attribute sets) that one side allows and the other denies. */
  examples: Array<Record<string, string>>;
  /** The examples in words, e.g. `settings:schemaId = (any other value)`. */
  exampleText: string[];
  /** Statements of the granting side that allowed the examples. */
  grantedBy: string[];
}

export interface PolicyComparison {
  name: string;
  /** Granted by the other policy, not by the team policy. */
  onlyInOther: PermissionDifference[];
  /** Granted by the team policy, not by the other policy. */
  onlyInTeam: PermissionDifference[];
  /**
   * Permissions both grant (for some request; sorted). A permission both grant under different
   * conditions is also in one or both `only…` lists, with the requests that differ.
   */
  inBoth: string[];
  /** The other policy grants nothing the team policy does not. */
  otherGrantsNothingMore: boolean;
  /** False when the diff had to sample (very many condition values). */
  complete: boolean;
  otherFindings: AnalysisDiagnostic[];
}

export interface ComparisonReport {
  teamFindings: AnalysisDiagnostic[];
  comparisons: PolicyComparison[];
}

/** diffPrivileges marks "a value none of the policies mentions" with a NUL-prefixed sentinel. */
export function describeAttributes(attributes: Record<string, string>): string {
  const parts = Object.entries(attributes).map(([k, v]) => `${k} = ${v.startsWith('\u0000') ? '(any other value)' : `"${v}"`}`);
  return parts.length === 0 ? 'any request (no attributes needed)' : parts.join(', ');
}

function fold(witnesses: readonly AccessWitness[]): PermissionDifference[] {
  const by = new Map<string, PermissionDifference>();
  for (const w of witnesses) {
    const row = by.get(w.permission) ?? { permission: w.permission, examples: [], exampleText: [], grantedBy: [] };
    row.examples.push(w.attributes);
    row.exampleText.push(describeAttributes(w.attributes));
    for (const r of w.grantedBy) if (!row.grantedBy.includes(r.statement)) row.grantedBy.push(r.statement);
    by.set(w.permission, row);
  }
  return [...by.values()].sort((a, b) => a.permission.localeCompare(b.permission));
}

/** The permissions the ALLOW statements of `bindings` name (a policy that does not parse names none). */
export function allowedPermissions(bindings: readonly PolicyBinding[]): Set<string> {
  const out = new Set<string>();
  for (const b of bindings) {
    for (const s of parsePolicy(b.text).policy.statements) if (s.effect === 'ALLOW') for (const p of s.permissions) out.add(p.name);
  }
  return out;
}

/** Compares the team's bindings (or plain policy text) with each of `others`. */
export function compareWithDefaults(
  team: string | readonly PolicyBinding[],
  others: ReadonlyArray<Pick<DefaultPolicy, 'name' | 'text'>>,
): ComparisonReport {
  const teamBindings: PolicyBinding[] = typeof team === 'string' ? [{ name: 'team policy', text: team }] : [...team];
  const teamGrants = allowedPermissions(teamBindings);
  return {
    teamFindings: analyzeOverPrivilege(teamBindings),
    comparisons: others.map((o) => {
      const other: PolicyBinding[] = [{ name: o.name, text: o.text }];
      const diff = diffPrivileges(teamBindings, other, { maxWitnessesPerPermission: 2 });
      return {
        name: o.name,
        onlyInOther: fold(diff.newAccess),
        onlyInTeam: fold(diff.lostAccess),
        inBoth: [...allowedPermissions(other)].filter((p) => teamGrants.has(p)).sort((a, b) => a.localeCompare(b)),
        otherGrantsNothingMore: diff.noNewAccess,
        complete: diff.complete,
        otherFindings: analyzeOverPrivilege(other),
      };
    }),
  };
}

/** Left out of the comparison: it grants only the classic-role permission `environment:roles:manage-settings`, which no team policy has. */
const NOT_COMPARED = 'Environment role - Change monitoring settings';

/** What the Compare tab holds a team policy against: the default policies, and a pasted policy when there is one. */
export function policiesToCompare(pasted: string): Array<Pick<DefaultPolicy, 'name' | 'text'>> {
  return [...defaultPolicies.filter((p) => p.name !== NOT_COMPARED), ...(pasted.trim() ? [{ name: 'Pasted policy', text: pasted }] : [])];
}
