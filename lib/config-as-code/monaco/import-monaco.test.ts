import { EXAMPLE_ZONE_ID } from '../../settings-schemas/examples';
import { TEAM, teamObjects } from '../fixtures.test-support';
import { exportMonacoProject, importMonacoProject, type FileMap } from '../index';

const P = 'checkout/builtinalerting.profile';
const N = 'checkout/builtinproblem.notifications';
const exported = (): FileMap => exportMonacoProject({ team: TEAM, objects: teamObjects() }).files;
const byId = (files: FileMap, env = {}) => new Map(importMonacoProject(files, { env }).desired.map((d) => [d.coordinate.configId, d]));
const codes = (files: FileMap, env = {}) => importMonacoProject(files, { env }).diagnostics.map((d) => d.code);

describe('importMonacoProject: what the export writes', () => {
  it('gives back every exported object with its value, origin and references', () => {
    const r = importMonacoProject(exported());
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.desired).toHaveLength(teamObjects().length);
    const profile = r.desired.find((d) => d.coordinate.configId === 'production-problems')!;
    expect(profile.value).toEqual(teamObjects()[0]!.value);
    expect(profile.originObjectId).toBe(teamObjects()[0]!.objectId);
    const email = r.desired.find((d) => d.coordinate.configId === 'on-call-email')!;
    expect(email.references).toEqual([{ path: 'alertingProfile', target: { project: 'checkout', schemaId: 'builtin:alerting.profile', configId: 'production-problems' } }]);
  });

  it('keeps a secret whose variable is not set as `********` and says so; takes it from the environment when set', () => {
    const files = exported();
    const missing = byId(files).get('incident-webhook')!;
    expect(missing.secrets).toEqual([{ path: 'webHookNotification/headers/1/secretValue', envVar: 'CHECKOUT_INCIDENT_WEBHOOK_HEADERS_1_SECRETVALUE', source: 'missing' }]);
    expect((missing.value as any).webHookNotification.headers[1].secretValue).toBe('********');
    expect(codes(files)).toContain('mac/import/secret-not-provided');
    const given = byId(files, { CHECKOUT_INCIDENT_WEBHOOK_HEADERS_1_SECRETVALUE: 'Bearer "new"\n' }).get('incident-webhook')!;
    expect((given.value as any).webHookNotification.headers[1].secretValue).toBe('Bearer "new"\n');
    expect(given.secrets[0]!.source).toBe('environment');
  });
});

describe('importMonacoProject: hand-edited projects', () => {
  it('reads reordered keys, flow style and comments the same way', () => {
    const files = exported();
    files[`${P}/config.yaml`] = `# our profile, reviewed by the team
configs:
- type: {settings: {scope: environment, schema: builtin:alerting.profile}}  # flow style
  config:
    parameters:
      zone_team_checkout: "${EXAMPLE_ZONE_ID}"   # team-checkout
    template: production-problems.json
    name: "team-checkout: production problems"
    originObjectId: ${teamObjects()[0]!.objectId}
  id: production-problems
`;
    expect(byId(files).get('production-problems')!.value).toEqual(teamObjects()[0]!.value);
  });

  it('accepts values written in the template instead of parameters', () => {
    const files = exported();
    files[`${P}/production-problems.json`] = files[`${P}/production-problems.json`]!
      .replace('"{{.zone_team_checkout}}"', `"${EXAMPLE_ZONE_ID}"`).replace('"{{.name}}"', '"team-checkout: production problems"');
    expect(byId(files).get('production-problems')!.value).toEqual(teamObjects()[0]!.value);
  });

  it('imports a config added by hand: new id, `{{ .name }}`, a number parameter, a short reference and a compound', () => {
    const files = exported();
    files[`${P}/nightly.json`] = '{\n  "name": "{{ .name }}",\n  "managementZone": "{{ .zone }}",\n  "severityRules": [{"severityLevel": "AVAILABILITY", "delayInMinutes": {{ .delay }}, "tagFilterIncludeMode": "NONE"}],\n  "eventFilters": []\n}\n';
    files[`${P}/config.yaml`] += `  - id: nightly
    config:
      name: {type: compound, format: "team-checkout: {{ .kind }} problems", references: [kind]}
      template: nightly.json
      parameters:
        kind: nightly
        delay: 15
        zone: {type: environment, name: NIGHTLY_ZONE, default: "${EXAMPLE_ZONE_ID}"}
    type: {settings: {schema: builtin:alerting.profile, scope: environment}}
`;
    files[`${N}/pager.json`] = '{"enabled": true, "type": "EMAIL", "displayName": "{{.name}}", "alertingProfile": "{{.profile}}", "emailNotification": {"recipients": ["a@example.com"], "subject": "s", "body": "b", "notifyClosedProblems": true}}';
    files[`${N}/config.yaml`] += `  - id: pager
    config: {name: "team-checkout: pager", template: pager.json, parameters: {profile: [builtin:alerting.profile, nightly, id]}}
    type: {settings: {schema: builtin:problem.notifications, scope: environment}}
`;
    const desired = byId(files);
    const nightly = desired.get('nightly')!;
    expect(nightly.value).toEqual({ name: 'team-checkout: nightly problems', managementZone: EXAMPLE_ZONE_ID, severityRules: [{ severityLevel: 'AVAILABILITY', delayInMinutes: 15, tagFilterIncludeMode: 'NONE' }], eventFilters: [] });
    expect(nightly.originObjectId).toBeUndefined();
    expect(desired.get('pager')!.references).toEqual([{ path: 'alertingProfile', target: { project: 'checkout', schemaId: 'builtin:alerting.profile', configId: 'nightly' } }]);
    expect((byId(files, { NIGHTLY_ZONE: '-4242424242' }).get('nightly')!.value as any).managementZone).toBe('-4242424242');
  });

  it('reads list parameters as Monaco renders them', () => {
    const files = exported();
    files[`${P}/production-problems.json`] = files[`${P}/production-problems.json`]!.replace(/"tagFilter": \[[^\]]*\]/, '"tagFilter": {{ .tags }}');
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('      parameters:\n', '      parameters:\n        tags: {type: list, values: ["env:prod", {type: value, value: "team:checkout"}]}\n');
    expect(byId(files).get('production-problems')!.value).toEqual(teamObjects()[0]!.value);
  });

  it('warns about a secret written in clear in a template', () => {
    const files = exported();
    files[`${N}/incident-webhook.json`] = files[`${N}/incident-webhook.json`]!.replace('"{{.secret_headers_1_secretValue}}"', '"Bearer in-the-repo"');
    const r = importMonacoProject(files);
    expect(r.diagnostics.find((d) => d.code === 'mac/import/secret-in-clear')).toMatchObject({ severity: 'warning', location: { file: `${N}/incident-webhook.json`, path: 'webHookNotification/headers/1/secretValue' } });
    expect(r.desired.find((d) => d.coordinate.configId === 'incident-webhook')!.secrets[0]!.source).toBe('literal');
  });

  it('refuses an environment the manifest does not define', () => {
    expect(importMonacoProject(exported(), { environment: 'prod' }).diagnostics.map((d) => d.code)).toContain('mac/import/manifest-invalid');
  });

  it('applies group and environment overrides of the selected environment', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('    type:\n', `    environmentOverrides:
      - environment: target
        override:
          name: "team-checkout: overridden"
    type:\n`);
    expect((byId(files).get('production-problems')!.value as any).name).toBe('team-checkout: overridden');
  });

  it('leaves out configs with skip: true', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('      template: production-problems.json\n', '      template: production-problems.json\n      skip: true\n');
    const r = importMonacoProject(files);
    expect(r.desired.some((d) => d.coordinate.configId === 'production-problems')).toBe(false);
    // the notifications referencing it cannot be resolved any more
    expect(r.diagnostics.filter((d) => d.code === 'mac/import/unresolved-reference').length).toBeGreaterThan(0);
  });

  it('finds the project inside one wrapping folder (an uploaded zip)', () => {
    const files = Object.fromEntries(Object.entries(exported()).map(([k, v]) => [`checkout-alerting/${k}`, v]));
    expect(importMonacoProject(files).desired).toHaveLength(teamObjects().length);
  });
});

describe('importMonacoProject: diagnostics with file, path and line', () => {
  const edit = (file: string, from: string | RegExp, to: string) => () => {
    const files = exported();
    files[file] = files[file]!.replace(from, to);
    return files;
  };
  it.each<[string, () => FileMap, string, { file?: string; line?: number; path?: string }]>([
    ['a typo in a schema id', edit(`${P}/config.yaml`, 'schema: builtin:alerting.profile', 'schema: builtin:alerting.profil'), 'mac/import/unknown-schema', { file: `${P}/config.yaml`, line: 15, path: 'configs/0/type/settings/schema' }],
    ['a schema outside the five', edit(`${P}/config.yaml`, 'schema: builtin:alerting.profile', 'schema: builtin:management-zones'), 'mac/import/schema-not-allowed', { file: `${P}/config.yaml` }],
    ['a template that is not in the files', edit(`${P}/config.yaml`, 'template: production-problems.json', 'template: missing.json'), 'mac/import/missing-template', { file: `${P}/config.yaml`, path: 'configs/0/config/template', line: 9 }],
    ['a reference to a config that does not exist', edit(`${N}/config.yaml`, 'configId: production-problems', 'configId: nope'), 'mac/import/unresolved-reference', { file: `${N}/config.yaml` }],
    ['bad YAML', edit(`${P}/config.yaml`, 'configs:', 'configs:\n  - [unclosed'), 'mac/parse/yaml', { file: `${P}/config.yaml` }],
    ['a template that is not JSON', edit(`${P}/production-problems.json`, '"name": "{{.name}}",', '"name": "{{.name}}"'), 'mac/parse/json', { file: `${P}/production-problems.json`, line: 25 }],
    ['a template action outside the subset', edit(`${P}/production-problems.json`, '{{.name}}', '{{ .name | upper }}'), 'mac/template/unsupported-action', { file: `${P}/production-problems.json`, line: 24 }],
    ['a template parameter the config lacks', edit(`${P}/production-problems.json`, '{{.name}}', '{{.title}}'), 'mac/template/unknown-parameter', { file: `${P}/production-problems.json`, line: 24 }],
    ['a config type other than settings', edit(`${P}/config.yaml`, /type:\n\s+settings:\n\s+schema: builtin:alerting.profile\n\s+scope: environment/, 'type: alerting-profile'), 'mac/import/unsupported-config-type', {}],
    ['a scope other than environment', edit(`${P}/config.yaml`, 'scope: environment', 'scope: HOST-1234'), 'mac/import/unsupported-scope', { path: 'configs/0/type/settings/scope' }],
    ['an unknown field', edit(`${P}/config.yaml`, '      template:', '      tempalte: x\n      template:'), 'mac/import/config-invalid', { path: 'configs/0/config/tempalte' }],
    ['a reserved parameter name', edit(`${P}/config.yaml`, '      parameters:\n', '      parameters:\n        scope: x\n'), 'mac/import/reserved-parameter', { path: 'configs/0/config/parameters/scope' }],
    ['a file parameter', edit(`${P}/config.yaml`, '      parameters:\n', '      parameters:\n        f: {type: file, path: x.txt}\n'), 'mac/import/unsupported-parameter', {}],
    ['a non-secret environment variable that is not set', edit(`${P}/config.yaml`, `zone_team_checkout: "${EXAMPLE_ZONE_ID}"`, 'zone_team_checkout: {type: environment, name: ZONE}'), 'mac/import/environment-variable-missing', { path: 'configs/0/config/parameters/zone_team_checkout' }],
    ['a duplicated config id', edit(`${N}/config.yaml`, 'id: jira', 'id: on-call-email'), 'mac/import/duplicate-config-id', {}],
    ['a template path leaving the project', edit(`${P}/config.yaml`, 'template: production-problems.json', 'template: ../../../etc/passwd'), 'mac/import/unsafe-path', {}],
    ['an id reference inside a text', edit(`${N}/on-call-email.json`, '"{{.alertingProfile}}"', '"x-{{.alertingProfile}}"'), 'mac/import/reference-not-whole-value', { path: 'alertingProfile' }],
    ['a Monaco v1 file', edit(`${P}/config.yaml`, 'configs:', 'config:\n  - a: b\nconfigs:'), 'mac/import/config-invalid', {}],
  ])('reports %s', (_what, files, code, location) => {
    const r = importMonacoProject(files());
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(d!.location).toMatchObject(location);
    expect(d!.message).toMatch(/^[a-z`]/);
    expect(d!.message).not.toMatch(/\.$/);
  });

  it('says which schema a typo probably means', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('schema: builtin:alerting.profile', 'schema: builtin:alerting.profil');
    expect(importMonacoProject(files).diagnostics.find((d) => d.code === 'mac/import/unknown-schema')!.help).toBe('did you mean `builtin:alerting.profile`?');
  });

  it('needs a manifest', () => {
    const files = exported();
    delete files['manifest.yaml'];
    expect(codes(files)).toEqual(['mac/import/no-manifest']);
  });

  it('detects parameters that reference each other in a cycle', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('      parameters:\n', '      parameters:\n        a: [b]\n        b: [a]\n');
    expect(codes(files)).toContain('mac/import/reference-cycle');
  });

  it('never throws on arbitrary file contents', () => {
    for (const junk of ['', '{', 'configs: 3', 'configs: [1]', '- a', '&a [*a, *a]', 'manifestVersion: 1\nprojects: [{}]', '\u0000']) {
      expect(() => importMonacoProject({ 'manifest.yaml': junk })).not.toThrow();
      const files = exported();
      files[`${P}/config.yaml`] = junk;
      files[`${P}/production-problems.json`] = junk;
      expect(() => importMonacoProject(files)).not.toThrow();
    }
  });
});
