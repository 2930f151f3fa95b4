/**
 * The diagnostic codes the config-as-code library emits, with each code's default severity and
 * meaning. Codes are API (the CLI prints them, pipelines match on them), messages are not. Grouped
 * by stage: `mac/parse` (a file does not parse), `mac/import` (a Monaco project the import cannot
 * turn into objects), `mac/template` (the Go-template subset), `mac/plan` (desired vs current
 * objects), `mac/export`. Part of the one catalog (`lib/codes`), whose test checks that every
 * emitted code is listed.
 */
import type { CodeTable } from '../diagnostics';

export const MAC_CODES = {
  'mac/parse/yaml': { severity: 'error', summary: 'a YAML file does not parse' },
  'mac/parse/json': { severity: 'error', summary: 'a rendered template is not valid JSON' },
  'mac/import/no-manifest': { severity: 'error', summary: 'the file set has no manifest.yaml' },
  'mac/import/manifest-invalid': { severity: 'error', summary: 'the manifest has a missing or malformed field' },
  'mac/import/project-empty': { severity: 'warning', summary: 'a project of the manifest has no config files' },
  'mac/import/config-invalid': { severity: 'error', summary: 'a config file or entry has a missing, unknown or malformed field' },
  'mac/import/duplicate-config-id': { severity: 'error', summary: 'two configs of a project and type share an id' },
  'mac/import/unsupported-config-type': { severity: 'error', summary: 'a config is not of type `settings`' },
  'mac/import/unknown-schema': { severity: 'error', summary: 'a settings schema id that does not exist (probably a typo)' },
  'mac/import/schema-not-allowed': { severity: 'error', summary: 'a settings schema outside the five alerting schemas' },
  'mac/import/unsupported-scope': { severity: 'error', summary: 'a settings scope other than `environment`' },
  'mac/import/missing-template': { severity: 'error', summary: 'the template file of a config is not in the file set' },
  'mac/import/reserved-parameter': { severity: 'error', summary: 'a parameter uses a name Monaco reserves' },
  'mac/import/unsupported-parameter': { severity: 'error', summary: 'a parameter type or value the import does not support' },
  'mac/import/environment-variable-missing': { severity: 'error', summary: 'an environment parameter without default whose variable is not set' },
  'mac/import/secret-not-provided': { severity: 'warning', summary: 'a secret parameter whose variable is not set: the stored secret is kept' },
  'mac/import/secret-in-clear': { severity: 'warning', summary: 'a secret written in clear in a template instead of an environment parameter' },
  'mac/import/unresolved-reference': { severity: 'error', summary: 'a reference to a config that is not in the files (or skipped)' },
  'mac/import/reference-cycle': { severity: 'error', summary: 'parameters that reference each other in a cycle' },
  'mac/import/reference-not-whole-value': { severity: 'error', summary: 'an id reference rendered into part of a string' },
  'mac/import/not-an-object': { severity: 'error', summary: 'a rendered template is not a JSON object' },
  'mac/import/skipped': { severity: 'info', summary: 'a config with `skip: true` is left out' },
  'mac/import/unsafe-path': { severity: 'error', summary: 'a file path that leaves the project (absolute or with `..`)' },
  'mac/template/unsupported-action': { severity: 'error', summary: 'a Go template action outside the supported subset' },
  'mac/template/unterminated-action': { severity: 'error', summary: 'a `{{` without its `}}`' },
  'mac/template/unknown-parameter': { severity: 'error', summary: 'a template names a parameter the config does not define' },
  'mac/plan/invalid-value': { severity: 'error', summary: 'a desired value the schema does not accept' },
  'mac/plan/secret-missing': { severity: 'error', summary: 'a secret must be given (new object or nothing stored to keep)' },
  'mac/plan/secret-resubmission': { severity: 'error', summary: 'a change that Dynatrace accepts only with all secrets re-entered' },
  'mac/plan/duplicate-match': { severity: 'error', summary: 'two configs describe the same object' },
  'mac/plan/ambiguous-name': { severity: 'warning', summary: 'several objects share a name, so a config without origin is not matched by it' },
  'mac/plan/origin-object-missing': { severity: 'info', summary: 'a config names an origin object the team does not have' },
  'mac/plan/unresolved-reference': { severity: 'error', summary: 'an id reference to a config that is not planned' },
  'mac/plan/dependency-refused': { severity: 'error', summary: 'an object depends on an object whose change is refused' },
  'mac/plan/delete-referenced': { severity: 'error', summary: 'a delete would remove an object a kept object still references' },
  'mac/plan/schema-not-planned': { severity: 'error', summary: 'a config of a schema outside the schemas this plan manages' },
  'mac/plan/would-delete': { severity: 'info', summary: 'an object of the team not in the files, deleted only with prune' },
  'mac/export/unmapped-field': { severity: 'warning', summary: 'a field the Terraform resource cannot express' },
  'mac/export/reference-outside-export': { severity: 'info', summary: 'a notification whose alerting profile is not exported' },
  'mac/export/skipped-object': { severity: 'info', summary: 'an object the export leaves out' },
} as const satisfies CodeTable;

export type MacCode = keyof typeof MAC_CODES;

export function isMacCode(code: string): code is MacCode {
  return Object.prototype.hasOwnProperty.call(MAC_CODES, code);
}
