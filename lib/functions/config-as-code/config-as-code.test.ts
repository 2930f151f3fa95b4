/**
 * Export and plan as operations over the in-memory ports: the round trip (an exported project
 * plans nothing), an edit plans exactly that update with the token the plan read, guardrails and
 * Settings validation refuse at file and field, prune only with the flag, environment values
 * never answered, and a caller in two teams names one.
 */
import { exampleAlertingProfile, exampleProblemNotification, exampleWebhookNotification } from '../../settings-schemas/examples';
import { operations } from '../index';
import { world } from '../fake-ports.test-support';

const MAX = 'max.member@example.com';
const P = 'builtin:alerting.profile';
const N = 'builtin:problem.notifications';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function setup() {
  const w = world();
  const profile = w.put(P, { ...clone(exampleAlertingProfile), name: '[checkout] production', managementZone: w.zoneId.Checkout });
  const email = w.put(N, { ...clone(exampleProblemNotification), displayName: '[checkout] on-call', alertingProfile: profile });
  const foreign = w.put(P, { ...clone(exampleAlertingProfile), name: '[search] production', managementZone: w.zoneId.Search });
  return { w, profile, email, foreign, ports: w.ports(MAX) };
}

async function exported(ports: ReturnType<typeof setup>['ports']) {
  const r = await operations['export-team-alerting'](ports, { format: 'monaco' });
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r.files;
}

async function plan(ports: ReturnType<typeof setup>['ports'], payload: Record<string, unknown>) {
  const r = await operations['plan-alerting-changes'](ports, payload);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r;
}

const templateOf = (files: Record<string, string>, text: string) => Object.keys(files).find((f) => f.endsWith('.json') && files[f]!.includes(text))!;

describe('export-team-alerting', () => {
  it('exports the team\'s objects only, as Monaco and as Terraform', async () => {
    const { ports, foreign } = setup();
    const files = await exported(ports);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['manifest.yaml', 'checkout/builtinalerting.profile/config.yaml', 'checkout/builtinproblem.notifications/config.yaml']));
    expect(Object.values(files).join('\n')).not.toContain(foreign);
    expect(Object.values(files).join('\n')).not.toContain('[search]');
    const tf = await operations['export-team-alerting'](ports, { format: 'terraform', schemaIds: [P] });
    expect(tf.status === 'ok' && Object.keys(tf.files)).toEqual(expect.arrayContaining(['main.tf']));
    expect(tf.status === 'ok' && tf.objectCount).toBe(1);
  });

  it('asks a caller in two teams which team the project is for', async () => {
    const { w } = setup();
    w.teams[1]!.members.push(MAX);
    const r = await operations['export-team-alerting'](w.ports(MAX), { format: 'monaco' });
    expect(r).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/team-required', location: { path: 'teamId' } }] });
    expect((await operations['export-team-alerting'](w.ports(MAX), { format: 'monaco', teamId: 'search' })).status).toBe('ok');
  });
});

describe('plan-alerting-changes', () => {
  it('plans nothing for a freshly exported project', async () => {
    const { ports } = setup();
    const r = await plan(ports, { files: await exported(ports) });
    expect(r).toMatchObject({ applicable: true, steps: [], refused: [] });
    expect(r.unchanged).toHaveLength(2);
  });

  it('plans an edit as exactly that update, with the token it read, and writes nothing', async () => {
    const { ports, w, email } = setup();
    const files = await exported(ports);
    const t = templateOf(files, 'ProblemDetailsHTML');
    files[t] = files[t]!.replace('{ProblemDetailsHTML}', '{ProblemDetailsText}');
    const r = await plan(ports, { files });
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]).toMatchObject({ action: 'update', objectId: email, updateToken: w.objects.get(email)!.token, validated: true, template: t });
    expect(r.steps[0]!.changes).toEqual([{ path: 'emailNotification/body', kind: 'changed', before: '{ProblemDetailsHTML}', after: '{ProblemDetailsText}' }]);
    expect(w.writes).toEqual([]);
  });

  it('refuses a move into another team\'s zone at the template and field, and a name against the convention', async () => {
    const { ports, w } = setup();
    const files = await exported(ports);
    const t = templateOf(files, 'severityRules');
    const config = 'checkout/builtinalerting.profile/config.yaml';
    files[config] = files[config]!.replace(w.zoneId.Checkout!, w.zoneId.Search!).replace('[checkout] production', 'production');
    const r = await plan(ports, { files });
    expect(r.applicable).toBe(false);
    expect(r.refused.map((d) => [d.code, d.location?.file, d.location?.path])).toEqual(expect.arrayContaining([
      ['guardrail/scope/foreign-zone', t, 'managementZone'],
      [expect.stringMatching(/^guardrail\/naming\//), t, 'name'],
    ]));
  });

  it('deletes the team\'s objects missing from the files only with prune', async () => {
    const { ports, email } = setup();
    const files = await exported(ports);
    for (const f of Object.keys(files)) if (f.includes('builtinproblem.notifications')) delete files[f];
    const kept = await plan(ports, { files });
    expect(kept.steps).toEqual([]);
    expect(kept.retained.map((e) => e.objectId)).toEqual([email]);
    const pruned = await plan(ports, { files, prune: true });
    expect(pruned.steps.map((s) => [s.action, s.objectId])).toEqual([['delete', email]]);
  });

  it('refuses a step an approval rule of the team holds back, as apply would meet it', async () => {
    const { w, ports, email } = setup();
    const files = await exported(ports);
    w.teams[0] = { ...w.teams[0]!, approvals: [{ schemaIds: [N], operations: ['delete'] }] };
    for (const f of Object.keys(files)) if (f.includes('builtinproblem.notifications')) delete files[f];
    const pruned = await plan(ports, { files, prune: true });
    expect(pruned.steps.map((s) => [s.action, s.objectId])).toEqual([['delete', email]]);
    expect(pruned.applicable).toBe(false);
    expect(pruned.refused).toEqual([expect.objectContaining({ code: 'approval/required', message: expect.stringContaining('a lead must approve this change') })]);
    expect(w.writes).toEqual([]);
  });

  it('uses environment secrets for the checks and answers them masked with their variable', async () => {
    const { w, profile } = setup();
    w.put(N, { ...clone(exampleWebhookNotification), displayName: '[checkout] webhook', alertingProfile: profile });
    const ports = w.ports(MAX);
    const files = await exported(ports);
    const r = await plan(ports, { files });
    const vars = r.environmentVariables.map((v) => v.name);
    expect(vars.length).toBeGreaterThan(0);
    const secret = 'very-secret-header-value';
    const withEnv = await plan(ports, { files, env: { [vars[0]!]: secret } });
    expect(withEnv.environmentVariables.find((v) => v.name === vars[0])?.provided).toBe(true);
    expect(JSON.stringify(withEnv)).not.toContain(secret);
  });

  it('orders a new profile before the notification that names it, and checks the notification against the new profile', async () => {
    const { ports, w } = setup();
    const files = await exported(ports);
    const profiles = 'checkout/builtinalerting.profile/config.yaml';
    const notes = 'checkout/builtinproblem.notifications/config.yaml';
    files[profiles] += [
      '  - id: payments', '    config:', '      name: "[checkout] payments"', '      template: production.json',
      `      parameters: {zone_Checkout: "${w.zoneId.Payments}"}`, '    type: {settings: {schema: builtin:alerting.profile, scope: environment}}', '',
    ].join('\n');
    files[notes] += [
      '  - id: payments-call', '    config:', '      name: "[checkout] payments on-call"', '      template: on-call.json',
      '      parameters: {alertingProfile: {type: reference, configType: builtin:alerting.profile, configId: payments, property: id}}',
      '    type: {settings: {schema: builtin:problem.notifications, scope: environment}}', '',
    ].join('\n');
    const r = await plan(ports, { files });
    expect(r.refused).toEqual([]);
    expect(r.steps.map((s) => [s.action, s.schemaId, s.name, s.validated])).toEqual([
      ['create', P, '[checkout] payments', true],
      ['create', N, '[checkout] payments on-call', false],
    ]);
    expect(r.steps[1]!.pendingReferences).toEqual([{ path: 'alertingProfile', target: { project: 'checkout', schemaId: P, configId: 'payments' } }]);
  });

  it('refuses a notification on a new profile in another team\'s zone, through the profile', async () => {
    const { ports, w } = setup();
    const files = await exported(ports);
    const profiles = 'checkout/builtinalerting.profile/config.yaml';
    const notes = 'checkout/builtinproblem.notifications/config.yaml';
    files[profiles] += ['  - id: search', '    config:', '      name: "[checkout] search"', '      template: production.json',
      `      parameters: {zone_Checkout: "${w.zoneId.Search}"}`, '    type: {settings: {schema: builtin:alerting.profile, scope: environment}}', ''].join('\n');
    files[notes] += ['  - id: search-call', '    config:', '      name: "[checkout] search on-call"', '      template: on-call.json',
      '      parameters: {alertingProfile: {type: reference, configType: builtin:alerting.profile, configId: search, property: id}}',
      '    type: {settings: {schema: builtin:problem.notifications, scope: environment}}', ''].join('\n');
    const r = await plan(ports, { files });
    expect(r.applicable).toBe(false);
    expect(r.refused.map((d) => [d.code, d.location?.file, d.location?.path])).toEqual([
      ['guardrail/scope/foreign-zone', 'checkout/builtinalerting.profile/production.json', 'managementZone'],
      ['guardrail/notification/foreign-profile', 'checkout/builtinproblem.notifications/on-call.json', 'alertingProfile'],
    ]);
  });
});
