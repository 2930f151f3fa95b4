import { parse } from 'yaml';
import { exampleAlertingProfile } from '../../settings-schemas/examples';
import { TEAM, teamObjects } from '../fixtures.test-support';
import { exportMonacoProject, monacoExternalId, type TeamObject } from '../index';

const PROFILE_FOLDER = 'checkout/builtinalerting.profile';
const NOTIFICATION_FOLDER = 'checkout/builtinproblem.notifications';
const yaml = (text: string | undefined) => parse(text ?? '', { version: '1.1' }) as any;

describe('exportMonacoProject', () => {
  const { files } = exportMonacoProject({ team: TEAM, objects: teamObjects() });

  it('writes a manifest whose environment comes from variables, with no tenant in it', () => {
    const manifest = yaml(files['manifest.yaml']);
    expect(manifest.manifestVersion).toBe('1.0');
    expect(manifest.projects).toEqual([{ name: 'checkout' }]);
    const env = manifest.environmentGroups[0].environments[0];
    expect(env.url).toEqual({ type: 'environment', value: 'DT_ENVIRONMENT_URL' });
    expect(env.auth).toEqual({ platformToken: { name: 'DT_PLATFORM_TOKEN' } });
    expect(files['manifest.yaml']).not.toMatch(/https?:\/\//);
  });

  it('writes one config.yaml per schema in Monaco\'s folder naming, with settings type, schema and scope', () => {
    const configFiles = Object.keys(files).filter((f) => f.endsWith('config.yaml')).sort();
    expect(configFiles).toEqual([
      'checkout/builtinalerting.maintenance-window/config.yaml', 'checkout/builtinalerting.profile/config.yaml',
      'checkout/builtinanomaly-detection.metric-events/config.yaml', 'checkout/builtinmonitoring.slo/config.yaml',
      `${NOTIFICATION_FOLDER}/config.yaml`,
    ]);
    const profile = yaml(files[`${PROFILE_FOLDER}/config.yaml`]).configs[0];
    expect(profile).toEqual({
      id: 'production-problems',
      config: {
        name: exampleAlertingProfile.name, template: 'production-problems.json',
        originObjectId: teamObjects()[0]!.objectId, parameters: { zone_team_checkout: TEAM.zones[0]!.id },
      },
      type: { settings: { schema: 'builtin:alerting.profile', scope: 'environment' } },
    });
  });

  it('refers to zones by parameters named after them, never by a raw id in a template', () => {
    const templates = Object.entries(files).filter(([f]) => f.endsWith('.json'));
    for (const [, text] of templates) expect(text).not.toContain(TEAM.zones[0]!.id);
    expect(files[`${PROFILE_FOLDER}/production-problems.json`]).toContain('"managementZone": "{{.zone_team_checkout}}"');
  });

  it('makes a notification\'s alerting profile a Monaco reference to the profile config\'s id', () => {
    const email = yaml(files[`${NOTIFICATION_FOLDER}/config.yaml`]).configs.find((c: any) => c.id === 'on-call-email');
    expect(email.config.parameters.alertingProfile).toEqual({ type: 'reference', configType: 'builtin:alerting.profile', configId: 'production-problems', property: 'id' });
    expect(files[`${NOTIFICATION_FOLDER}/on-call-email.json`]).toContain('"alertingProfile": "{{.alertingProfile}}"');
  });

  it('writes the alerting profile as it is, with a note, when profiles are not exported', () => {
    const r = exportMonacoProject({ team: TEAM, objects: teamObjects(), schemaIds: ['builtin:problem.notifications'] });
    expect(Object.keys(r.files).some((f) => f.includes('alerting.profile'))).toBe(false);
    expect(r.files[`${NOTIFICATION_FOLDER}/on-call-email.json`]).toContain(`"alertingProfile": "${teamObjects()[0]!.objectId}"`);
    expect(r.diagnostics.map((d) => d.code)).toContain('mac/export/reference-outside-export');
  });

  it('turns secrets into environment parameters without default', () => {
    const webhook = yaml(files[`${NOTIFICATION_FOLDER}/config.yaml`]).configs.find((c: any) => c.id === 'incident-webhook');
    expect(webhook.config.parameters.secret_headers_1_secretValue).toEqual({ type: 'environment', name: 'CHECKOUT_INCIDENT_WEBHOOK_HEADERS_1_SECRETVALUE' });
    expect(files[`${NOTIFICATION_FOLDER}/incident-webhook.json`]).toContain('"secretValue": "{{.secret_headers_1_secretValue}}"');
  });

  it('writes schemaVersion when the object carries it', () => {
    const objects = teamObjects().map((o) => ({ ...o, schemaVersion: '8.6.3' }));
    const r = exportMonacoProject({ team: TEAM, objects: objects.slice(0, 1) });
    expect(yaml(r.files[`${PROFILE_FOLDER}/config.yaml`]).configs[0].type.settings).toEqual({ schema: 'builtin:alerting.profile', schemaVersion: '8.6.3', scope: 'environment' });
  });

  it('derives ids from names without the team prefix and resolves collisions deterministically', () => {
    const twin = (objectId: string): TeamObject => ({ schemaId: 'builtin:alerting.profile', objectId, value: { ...exampleAlertingProfile } });
    const r = exportMonacoProject({ team: TEAM, objects: [twin('b'), twin('a')] });
    const configs = yaml(r.files[`${PROFILE_FOLDER}/config.yaml`]).configs;
    expect(configs.map((c: any) => [c.id, c.config.originObjectId])).toEqual([['production-problems', 'a'], ['production-problems-2', 'b']]);
  });

  it('keeps the config id of an object Monaco deployed (its externalId)', () => {
    const o: TeamObject = { ...teamObjects()[0]!, externalId: monacoExternalId('checkout', 'builtin:alerting.profile', 'prod') };
    const r = exportMonacoProject({ team: TEAM, objects: [o] });
    expect(yaml(r.files[`${PROFILE_FOLDER}/config.yaml`]).configs[0].id).toBe('prod');
    expect(r.files[`${PROFILE_FOLDER}/prod.json`]).toBeDefined();
  });

  it('quotes YAML 1.1 look-alikes so Monaco reads them back as the same text', () => {
    const o: TeamObject = { schemaId: 'builtin:alerting.profile', objectId: 'x', value: { ...exampleAlertingProfile, name: 'yes' } };
    const r = exportMonacoProject({ team: { ...TEAM, namingPrefix: undefined }, objects: [o] });
    expect(yaml(r.files[`${PROFILE_FOLDER}/config.yaml`]).configs[0].config.name).toBe('yes');
  });

  it('leaves out objects of other schemas, saying so', () => {
    const r = exportMonacoProject({ team: TEAM, objects: [{ schemaId: 'builtin:management-zones' as never, objectId: 'mz', value: { name: 'x' } }] });
    expect(Object.keys(r.files)).toEqual(['manifest.yaml']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['mac/export/skipped-object']);
  });
});
