import { ALERTING_SCHEMA_IDS } from '../../alerting/schema-ids';
import { EXAMPLE_ALERTING_PROFILE_ID } from '../../settings-schemas/examples';
import { TEAM, currentObjects, teamObjects } from '../fixtures.test-support';
import {
  exportMonacoProject, importMonacoProject, monacoExternalId, planChanges, planSummary, valueToWrite,
  type CurrentObject, type FileMap, type PlanOptions,
} from '../index';

const P = 'checkout/builtinalerting.profile';
const N = 'checkout/builtinproblem.notifications';
const WEBHOOK_SECRET = 'CHECKOUT_INCIDENT_WEBHOOK_HEADERS_1_SECRETVALUE';
const exported = (): FileMap => exportMonacoProject({ team: TEAM, objects: teamObjects() }).files;

function plan(files: FileMap, options: Partial<PlanOptions> = {}, env: Record<string, string> = {}, current: CurrentObject[] = currentObjects()) {
  const imported = importMonacoProject(files, { env });
  return planChanges({ desired: imported.desired, current, importDiagnostics: imported.diagnostics }, { prune: false, ...options });
}
const errors = (p: ReturnType<typeof plan>) => p.diagnostics.filter((d) => d.severity === 'error');
const addConfig = (files: FileMap, file: string, yaml: string) => { files[file] += yaml; };

describe('planChanges: a fresh export', () => {
  it('plans nothing for the objects it was exported from', () => {
    const p = plan(exported(), { prune: true });
    expect(errors(p)).toEqual([]);
    expect(p.steps).toEqual([]);
    expect(p.unchanged).toHaveLength(teamObjects().length);
    expect(p.applicable).toBe(true);
  });

  it.each(ALERTING_SCHEMA_IDS)('plans nothing for %s alone', (schemaId) => {
    const objects = teamObjects().filter((o) => o.schemaId === schemaId);
    const files = exportMonacoProject({ team: TEAM, objects, schemaIds: [schemaId] }).files;
    const p = plan(files, { prune: true }, {}, currentObjects().filter((o) => o.schemaId === schemaId));
    expect(p.steps).toEqual([]);
    expect(p.unchanged).toHaveLength(objects.length);
  });
});

describe('planChanges: edits', () => {
  it('shows exactly the field that was edited, with the token read for the update', () => {
    const files = exported();
    files[`${P}/production-problems.json`] = files[`${P}/production-problems.json`]!.replace('"delayInMinutes": 30', '"delayInMinutes": 45');
    const p = plan(files);
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0]).toMatchObject({
      action: 'update', objectId: EXAMPLE_ALERTING_PROFILE_ID, updateToken: 'token-0', matchedBy: 'origin-object-id',
      changes: [{ path: 'severityRules/2/delayInMinutes', kind: 'changed', before: 30, after: 45 }],
    });
  });

  it('creates a config added by hand, profile before the notification that references it', () => {
    const files = exported();
    files[`${P}/nightly.json`] = files[`${P}/production-problems.json`]!;
    addConfig(files, `${P}/config.yaml`, `  - id: nightly
    config: {name: "team-checkout: nightly", template: nightly.json, parameters: {zone_team_checkout: "-189204438944455158"}}
    type: {settings: {schema: builtin:alerting.profile, scope: environment}}
`);
    files[`${N}/config.yaml`] = files[`${N}/config.yaml`]!.replace(/(- id: on-call-email[\s\S]*?configId: )production-problems/, '$1nightly');
    const p = plan(files);
    expect(errors(p)).toEqual([]);
    expect(p.steps.map((s) => [s.action, s.coordinate?.configId])).toEqual([['create', 'nightly'], ['update', 'on-call-email']]);
    const update = p.steps[1]!;
    expect(update.changes).toEqual([{ path: 'alertingProfile', kind: 'changed', before: EXAMPLE_ALERTING_PROFILE_ID, after: '<objectId of checkout/builtin:alerting.profile/nightly>', pendingReference: { project: 'checkout', schemaId: 'builtin:alerting.profile', configId: 'nightly' } }]);
    expect(valueToWrite(update, new Map())).toBeUndefined();
    expect(valueToWrite(update, new Map([['checkout/builtin:alerting.profile/nightly', 'NEW-ID']]))!.alertingProfile).toBe('NEW-ID');
    expect(p.steps[0]!.externalId).toBe(monacoExternalId('checkout', 'builtin:alerting.profile', 'nightly'));
  });

  it('refuses a value the schema does not accept, pointing at the template and field', () => {
    const files = exported();
    files[`${P}/production-problems.json`] = files[`${P}/production-problems.json`]!.replace('"delayInMinutes": 30', '"delayInMinutes": 99999');
    const p = plan(files);
    expect(p.applicable).toBe(false);
    expect(errors(p)).toEqual([expect.objectContaining({ code: 'mac/plan/invalid-value', location: { file: `${P}/production-problems.json`, path: 'severityRules/2/delayInMinutes' } })]);
  });

  it('refuses what depends on a refused create', () => {
    const files = exported();
    files[`${P}/nightly.json`] = files[`${P}/production-problems.json`]!.replace('"delayInMinutes": 30', '"delayInMinutes": -1');
    addConfig(files, `${P}/config.yaml`, `  - id: nightly
    config: {name: "team-checkout: nightly", template: nightly.json, parameters: {zone_team_checkout: "1"}}
    type: {settings: {schema: builtin:alerting.profile, scope: environment}}
`);
    files[`${N}/config.yaml`] = files[`${N}/config.yaml`]!.replace(/(- id: on-call-email[\s\S]*?configId: )production-problems/, '$1nightly');
    const p = plan(files);
    expect(errors(p).map((d) => [d.code, d.location?.file])).toEqual([
      ['mac/plan/invalid-value', `${P}/nightly.json`], ['mac/plan/dependency-refused', `${N}/on-call-email.json`],
    ]);
  });

  it('is not applicable when the import has errors', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace('schema: builtin:alerting.profile', 'schema: builtin:management-zones');
    const p = plan(files);
    expect(p.applicable).toBe(false);
    expect(planSummary(p).refused.map((r) => r.code)).toContain('mac/import/schema-not-allowed');
  });
});

describe('planChanges: deletes only with prune', () => {
  const withoutSlo = () => {
    const files = exported();
    delete files['checkout/builtinmonitoring.slo/config.yaml'];
    return files;
  };

  it('keeps objects the files no longer describe, saying prune would delete them', () => {
    const p = plan(withoutSlo());
    expect(p.steps).toEqual([]);
    expect(p.retained.map((s) => s.objectId)).toEqual(['slo-1']);
    expect(p.diagnostics.map((d) => d.code)).toContain('mac/plan/would-delete');
  });

  it('deletes them with prune, with the token read', () => {
    const token = currentObjects().find((o) => o.objectId === 'slo-1')!.updateToken;
    expect(plan(withoutSlo(), { prune: true }).steps).toEqual([expect.objectContaining({ action: 'delete', objectId: 'slo-1', updateToken: token })]);
  });

  it('leaves the team\'s objects of schemas outside the plan alone, and refuses configs of them', () => {
    const p = plan(withoutSlo(), { prune: true, schemaIds: ['builtin:alerting.profile', 'builtin:problem.notifications'] });
    expect(p.steps).toEqual([]);
    expect(errors(p).map((d) => d.code)).toEqual(['mac/plan/schema-not-planned', 'mac/plan/schema-not-planned']);
    const q = plan(withoutSlo(), { prune: true, schemaIds: ['builtin:monitoring.slo'] });
    expect(q.steps.map((s) => [s.action, s.objectId])).toEqual([['delete', 'slo-1']]);
  });

  it('deletes notifications before the profile they use', () => {
    const files = exported();
    for (const f of Object.keys(files)) if (f.startsWith(N) || f.startsWith(P)) delete files[f];
    const p = plan(files, { prune: true });
    const order = p.steps.map((s) => s.schemaId);
    expect(order.lastIndexOf('builtin:problem.notifications')).toBeLessThan(order.indexOf('builtin:alerting.profile'));
    expect(p.steps.every((s) => s.action === 'delete')).toBe(true);
  });

  it('refuses to prune a profile that a kept notification still names by id', () => {
    const files = exported();
    delete files[`${P}/config.yaml`];
    files[`${N}/on-call-email.json`] = files[`${N}/on-call-email.json`]!.replace('"{{.alertingProfile}}"', `"${EXAMPLE_ALERTING_PROFILE_ID}"`);
    files[`${N}/config.yaml`] = files[`${N}/config.yaml`]!.replace(/configId: production-problems/g, 'configId: gone');
    const p = plan(files, { prune: true });
    expect(errors(p).map((d) => d.code)).toContain('mac/plan/delete-referenced');
  });
});

describe('planChanges: secrets', () => {
  const webhookCurrent = () => currentObjects().find((o) => o.objectId === 'notification-webhook')!;

  it('does not count a kept (masked) secret or the same secret given again as a change', () => {
    expect(plan(exported()).steps).toEqual([]);
    expect(plan(exported(), {}, { [WEBHOOK_SECRET]: 'Bearer rotated' }).steps).toEqual([]);
  });

  it('writes a secret from the environment when asked to resubmit secrets, showing it masked', () => {
    const p = plan(exported(), { resubmitSecrets: true }, { [WEBHOOK_SECRET]: 'Bearer rotated' });
    expect(p.steps).toEqual([expect.objectContaining({ action: 'update', objectId: 'notification-webhook',
      changes: [{ path: 'webHookNotification/headers/1/secretValue', kind: 'changed', before: '********', after: '********', secret: true }] })]);
    expect((p.steps[0]!.value as any).webHookNotification.headers[1].secretValue).toBe('Bearer rotated');
    expect(JSON.stringify(planSummary(p))).not.toContain('Bearer rotated');
  });

  it('refuses a URL change beside a secret that is not given again, as Dynatrace would', () => {
    const files = exported();
    files[`${N}/incident-webhook.json`] = files[`${N}/incident-webhook.json`]!.replace('https://hooks.example.com/dynatrace/checkout', 'https://hooks.example.com/new');
    const refused = plan(files);
    expect(errors(refused)).toEqual([expect.objectContaining({ code: 'mac/plan/secret-resubmission', help: `set ${WEBHOOK_SECRET}` })]);
    const given = plan(files, {}, { [WEBHOOK_SECRET]: 'Bearer again' });
    expect(errors(given)).toEqual([]);
    expect(given.steps[0]!.changes.map((c) => c.path)).toEqual(['webHookNotification/url']);
  });

  it('refuses to create an object whose secret is not given', () => {
    const current = currentObjects().filter((o) => o.objectId !== 'notification-webhook');
    const p = plan(exported(), {}, {}, current);
    expect(errors(p)).toEqual([expect.objectContaining({ code: 'mac/plan/secret-missing', location: { file: `${N}/incident-webhook.json`, path: 'webHookNotification/headers/1/secretValue' } })]);
    expect(errors(p)[0]!.message).toContain(WEBHOOK_SECRET);
    const ok = plan(exported(), {}, { [WEBHOOK_SECRET]: 'Bearer x' }, current);
    expect(ok.steps).toEqual([expect.objectContaining({ action: 'create', coordinate: expect.objectContaining({ configId: 'incident-webhook' }) })]);
    expect(webhookCurrent().updateToken).toBe('token-2');
  });
});

describe('planChanges: which object a config describes', () => {
  const withoutOrigin = (files: FileMap, configId: string, file = `${P}/config.yaml`) => {
    files[file] = files[file]!.replace(new RegExp(`(- id: ${configId}\\n[\\s\\S]*?)      originObjectId: .*\\n`), '$1');
    return files;
  };

  it('matches a config without origin by its name', () => {
    const p = plan(withoutOrigin(exported(), 'production-problems'));
    expect(p.steps).toEqual([]);
    expect(p.unchanged.find((s) => s.coordinate?.configId === 'production-problems')!.matchedBy).toBe('name');
  });

  it('matches by the Monaco externalId when the object has one', () => {
    const current = currentObjects().map((o) => (o.objectId === EXAMPLE_ALERTING_PROFILE_ID
      ? { ...o, value: { ...o.value, name: 'renamed in the UI' }, externalId: monacoExternalId('checkout', 'builtin:alerting.profile', 'production-problems') } : o));
    const p = plan(withoutOrigin(exported(), 'production-problems'), {}, {}, current);
    expect(p.steps).toEqual([expect.objectContaining({ action: 'update', matchedBy: 'external-id', changes: [expect.objectContaining({ path: 'name' })] })]);
  });

  it('does not guess between objects of the same name', () => {
    const twin = { ...currentObjects()[0]!, objectId: 'twin', updateToken: 't' };
    const p = plan(withoutOrigin(exported(), 'production-problems'), {}, {}, [...currentObjects(), twin]);
    expect(p.diagnostics.map((d) => d.code)).toContain('mac/plan/ambiguous-name');
    expect(p.steps[0]).toMatchObject({ action: 'create', coordinate: { configId: 'production-problems' } });
    // the notifications follow the new profile: their only change is the reference to it
    for (const s of p.steps.slice(1)) expect(s.changes.map((c) => [c.path, c.pendingReference?.configId])).toEqual([['alertingProfile', 'production-problems']]);
  });

  it('creates an object when the origin is not the team\'s (never touches it)', () => {
    const files = exported();
    files[`${P}/config.yaml`] = files[`${P}/config.yaml`]!.replace(`originObjectId: ${EXAMPLE_ALERTING_PROFILE_ID}`, 'originObjectId: someone-elses');
    const current = currentObjects().filter((o) => o.objectId !== EXAMPLE_ALERTING_PROFILE_ID);
    const p = plan(files, {}, {}, current);
    expect(p.steps[0]).toMatchObject({ action: 'create', coordinate: { configId: 'production-problems' } });
    expect(p.steps[0]!.objectId).toBeUndefined();
    expect(p.steps.some((s) => s.objectId === 'someone-elses')).toBe(false);
    expect(p.diagnostics.map((d) => d.code)).toContain('mac/plan/origin-object-missing');
  });

  it('refuses two configs that describe the same object', () => {
    const files = exported();
    files[`${P}/copy.json`] = files[`${P}/production-problems.json`]!;
    addConfig(files, `${P}/config.yaml`, `  - id: copy
    config: {name: "team-checkout: copy", template: copy.json, originObjectId: ${EXAMPLE_ALERTING_PROFILE_ID}, parameters: {zone_team_checkout: "1"}}
    type: {settings: {schema: builtin:alerting.profile, scope: environment}}
`);
    expect(errors(plan(files)).map((d) => d.code)).toEqual(['mac/plan/duplicate-match']);
  });
});

describe('planSummary', () => {
  it('is the CLI\'s plan --json: lists without values, the unchanged count, the refused diagnostics', () => {
    const files = exported();
    files[`${P}/production-problems.json`] = files[`${P}/production-problems.json`]!.replace('"delayInMinutes": 30', '"delayInMinutes": 45');
    const s = planSummary(plan(files));
    expect(Object.keys(s)).toEqual(['create', 'update', 'delete', 'unchanged', 'retained', 'refused']);
    expect(s.update).toEqual([{ schemaId: 'builtin:alerting.profile', name: 'team-checkout: production problems', configId: 'production-problems',
      objectId: EXAMPLE_ALERTING_PROFILE_ID, updateToken: 'token-0', file: `${P}/config.yaml`, changes: [{ path: 'severityRules/2/delayInMinutes', kind: 'changed', before: 30, after: 45 }] }]);
    expect(s.unchanged).toBe(teamObjects().length - 1);
    expect(s.refused).toEqual([]);
  });
});
