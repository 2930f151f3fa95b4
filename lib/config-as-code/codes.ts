/**
 * The catalog of diagnostic codes the config-as-code library emits. Codes are API (the CLI prints
 * them, pipelines match on them), messages are not. Grouped by stage: `mac/parse` (a file does not
 * parse), `mac/import` (a Monaco project the import cannot turn into objects), `mac/template` (the
 * Go-template subset), `mac/plan` (desired vs current objects), `mac/export`, `mac/apply` (the
 * client running a plan). A test checks that every code the library emits is listed here, so the
 * shared diagnostics catalog can adopt it.
 */
export const MAC_CODES = {
  'mac/parse/yaml': 'a YAML file does not parse',
  'mac/parse/json': 'a rendered template is not valid JSON',
  'mac/import/no-manifest': 'the file set has no manifest.yaml',
  'mac/import/manifest-invalid': 'the manifest has a missing or malformed field',
  'mac/import/project-empty': 'a project of the manifest has no config files',
  'mac/import/config-invalid': 'a config file or entry has a missing, unknown or malformed field',
  'mac/import/duplicate-config-id': 'two configs of a project and type share an id',
  'mac/import/unsupported-config-type': 'a config is not of type `settings`',
  'mac/import/unknown-schema': 'a settings schema id that does not exist (probably a typo)',
  'mac/import/schema-not-allowed': 'a settings schema outside the five alerting schemas',
  'mac/import/unsupported-scope': 'a settings scope other than `environment`',
  'mac/import/missing-template': 'the template file of a config is not in the file set',
  'mac/import/reserved-parameter': 'a parameter uses a name Monaco reserves',
  'mac/import/unsupported-parameter': 'a parameter type or value the import does not support',
  'mac/import/environment-variable-missing': 'an environment parameter without default whose variable is not set',
  'mac/import/secret-not-provided': 'a secret parameter whose variable is not set: the stored secret is kept',
  'mac/import/secret-in-clear': 'a secret written in clear in a template instead of an environment parameter',
  'mac/import/unresolved-reference': 'a reference to a config that is not in the files (or skipped)',
  'mac/import/reference-cycle': 'parameters that reference each other in a cycle',
  'mac/import/reference-not-whole-value': 'an id reference rendered into part of a string',
  'mac/import/not-an-object': 'a rendered template is not a JSON object',
  'mac/import/skipped': 'a config with `skip: true` is left out',
  'mac/import/unsafe-path': 'a file path that leaves the project (absolute or with `..`)',
  'mac/template/unsupported-action': 'a Go template action outside the supported subset',
  'mac/template/unterminated-action': 'a `{{` without its `}}`',
  'mac/template/unknown-parameter': 'a template names a parameter the config does not define',
  'mac/plan/invalid-value': 'a desired value the schema does not accept',
  'mac/plan/secret-missing': 'a secret must be given (new object or nothing stored to keep)',
  'mac/plan/secret-resubmission': 'a change that Dynatrace accepts only with all secrets re-entered',
  'mac/plan/duplicate-match': 'two configs describe the same object',
  'mac/plan/ambiguous-name': 'several objects share a name, so a config without origin is not matched by it',
  'mac/plan/origin-object-missing': 'a config names an origin object the team does not have',
  'mac/plan/unresolved-reference': 'an id reference to a config that is not planned',
  'mac/plan/dependency-refused': 'an object depends on an object whose change is refused',
  'mac/plan/delete-referenced': 'a delete would remove an object a kept object still references',
  'mac/plan/schema-not-planned': 'a config of a schema outside the schemas this plan manages',
  'mac/plan/would-delete': 'an object of the team not in the files, deleted only with prune',
  'mac/export/unmapped-field': 'a field the Terraform resource cannot express',
  'mac/export/reference-outside-export': 'a notification whose alerting profile is not exported',
  'mac/export/skipped-object': 'an object the export leaves out',
  'mac/apply/plan-refused': 'apply of a plan that refuses changes: nothing is written',
  'mac/apply/stopped': 'a step not tried because an earlier step was not applied',
  'mac/apply/reference-unresolved': 'a step names an object whose create did not succeed',
  'mac/apply/secret-not-given': 'a secret the plan masked whose environment variable the client lacks',
} as const;

export type MacCode = keyof typeof MAC_CODES;

export function isMacCode(code: string): code is MacCode {
  return Object.prototype.hasOwnProperty.call(MAC_CODES, code);
}
