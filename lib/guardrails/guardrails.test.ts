import { makeTeam } from '../teams/teams.test-support';
import { ZoneTable } from '../teams/zones';
import { alertingKnowledge, evaluateGuardrails, rules, withScopeMemo, type GuardrailInput } from './index';

const zones = new ZoneTable([
  { objectId: 'z1', name: 'Checkout', id: '11' },
  { objectId: 'z2', name: 'Payments', id: '22' },
  { objectId: 'z3', name: 'Search', id: '33' },
]);
const ALL = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];
const search = makeTeam({
  id: 'search', scope: { kind: 'management-zones', managementZones: ['Search'] }, allowedSchemas: ALL,
  naming: { kind: 'prefix', value: '[search] ', mode: 'enforce' },
  notifications: { allowedTypes: ['EMAIL', 'SLACK', 'WEBHOOK'], emailDomains: ['example.com'], webhookHosts: ['hooks.example.com'], slackChannels: ['#search'], mode: 'enforce' },
  quotas: [{ schemaId: 'builtin:alerting.profile', max: 2 }],
});
const checkout = makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] }, allowedSchemas: ALL });
const profiles: Record<string, unknown> = {
  mine: { name: '[search] p', managementZone: '33' },
  theirs: { name: 'pay', managementZone: '22' },
};

function input(over: Partial<GuardrailInput>): GuardrailInput {
  return {
    operation: 'create', schemaId: 'builtin:alerting.profile', team: search, allTeams: [search, checkout], zones,
    alertingProfile: (id) => profiles[id], existingCount: 0, knowledge: alertingKnowledge, ...over,
  };
}
const codes = (i: GuardrailInput) => evaluateGuardrails(i).findings.map((f) => f.code);

describe('guardrails: scope', () => {
  it('allows a profile in the team zone with the team prefix', () => {
    expect(evaluateGuardrails(input({ after: { name: '[search] cpu', managementZone: '33' } }))).toEqual({ allowed: true, findings: [] });
  });
  it('denies a write to another team\'s zone and names the owner', () => {
    const d = evaluateGuardrails(input({ after: { name: '[search] x', managementZone: '22' } }));
    expect(d.allowed).toBe(false);
    expect(d.findings[0]).toMatchObject({ code: 'guardrail/scope/foreign-zone', location: { path: 'managementZone' }, severity: 'error',
      message: 'management zone `Payments` belongs to team `checkout`, not to your team `search`' });
  });
  it('denies global objects and unknown zone ids', () => {
    expect(codes(input({ after: { name: '[search] x', managementZone: null } }))).toEqual(['guardrail/scope/global-object']);
    expect(codes(input({ after: { name: '[search] x', managementZone: '999' } }))).toEqual(['guardrail/scope/unknown-zone']);
    expect(codes(input({ after: { name: '[search] x', managementZone: { id: 1 } } }))).toEqual(['guardrail/owner/unresolved']);
  });
  it('checks the object before and after an update (moving an object in or out)', () => {
    expect(codes(input({ operation: 'update', before: { name: '[search] x', managementZone: '22' }, after: { name: '[search] x', managementZone: '33' } })))
      .toEqual(['guardrail/scope/foreign-zone']);
    expect(codes(input({ operation: 'update', before: { name: '[search] x', managementZone: '33' }, after: { name: '[search] x', managementZone: '11' } })))
      .toEqual(['guardrail/scope/foreign-zone']);
    expect(codes(input({ operation: 'delete', before: { name: 'x', managementZone: '11' } }))).toEqual(['guardrail/scope/foreign-zone']);
  });
  it('reports an object checked as it is (the same value before and after) once, as it is now', () => {
    const foreign = { name: '[search] x', managementZone: '22' };
    const d = evaluateGuardrails(input({ operation: 'update', before: foreign, after: foreign }));
    expect(d.findings.map((f) => [f.code, f.message])).toEqual([
      ['guardrail/scope/foreign-zone', 'this object is currently in management zone `Payments` belongs to team `checkout`, not to your team `search`'],
    ]);
    // an equal but separate new value is a change: checked after it too
    expect(codes(input({ operation: 'update', before: foreign, after: { ...foreign } }))).toEqual(['guardrail/scope/foreign-zone', 'guardrail/scope/foreign-zone']);
  });
  it('denies maintenance windows spanning a foreign zone or with a zone-less filter', () => {
    const mw = (filters: unknown) => ({ generalProperties: { name: '[search] mw' }, filters });
    const s = 'builtin:alerting.maintenance-window';
    expect(codes(input({ schemaId: s, after: mw([{ managementZones: ['33'] }]) }))).toEqual([]);
    expect(codes(input({ schemaId: s, after: mw([{ managementZones: ['33'] }, { managementZones: ['22'] }]) }))).toEqual(['guardrail/scope/foreign-zone']);
    expect(codes(input({ schemaId: s, after: mw([{ managementZones: ['33'] }, { entityTags: ['x'] }]) }))).toEqual(['guardrail/scope/global-object']);
    expect(codes(input({ schemaId: s, after: mw([]) }))).toEqual(['guardrail/scope/global-object']);
  });
  it('resolves SLO selectors by zone name and id', () => {
    const s = 'builtin:monitoring.slo';
    expect(codes(input({ schemaId: s, after: { name: '[search] slo', filter: 'type(SERVICE),mzName("Search")' } }))).toEqual([]);
    expect(codes(input({ schemaId: s, after: { name: '[search] slo', filter: 'type(SERVICE),mzName("Search"),mzId(22)' } }))).toEqual(['guardrail/scope/foreign-zone']);
    expect(codes(input({ schemaId: s, after: { name: '[search] slo', filter: 'type(SERVICE),mzName("Nope")' } }))).toEqual(['guardrail/scope/unknown-zone']);
    expect(codes(input({ schemaId: s, after: { name: '[search] slo', filter: 'type(SERVICE)' } }))).toEqual(['guardrail/scope/global-object']);
    expect(codes(input({ schemaId: s, after: { name: '[search] slo', filter: 'mzName("Search"' } }))).toEqual(['guardrail/owner/unresolved']);
  });
  it('checks metric events by query zone and entity-filter zones', () => {
    const s = 'builtin:anomaly-detection.metric-events';
    const me = (mz: unknown, conditions: unknown[] = []) => ({ summary: '[search] m', queryDefinition: { managementZone: mz, entityFilter: { conditions } } });
    expect(codes(input({ schemaId: s, after: me('33') }))).toEqual([]);
    expect(codes(input({ schemaId: s, after: me('33', [{ type: 'MANAGEMENT_ZONE', value: '11' }]) }))).toEqual(['guardrail/scope/foreign-zone']);
    expect(codes(input({ schemaId: s, after: me(null) }))).toEqual(['guardrail/scope/global-object']);
  });
});

describe('guardrails: notifications', () => {
  const s = 'builtin:problem.notifications';
  const email = (over: object = {}) => ({ displayName: '[search] n', type: 'EMAIL', alertingProfile: 'mine', emailNotification: { recipients: ['a@example.com'] }, ...over });
  it('owns a notification through its alerting profile', () => {
    expect(codes(input({ schemaId: s, after: email() }))).toEqual([]);
    const d = evaluateGuardrails(input({ schemaId: s, after: email({ alertingProfile: 'theirs' }) }));
    expect(d.findings[0]).toMatchObject({ code: 'guardrail/notification/foreign-profile', location: { path: 'alertingProfile' } });
    expect(d.findings[0]!.message).toContain('belongs to team `checkout`');
    expect(codes(input({ schemaId: s, after: email({ alertingProfile: 'gone' }) }))).toEqual(['guardrail/owner/unresolved']);
  });
  it('denies disallowed types and targets', () => {
    expect(codes(input({ schemaId: s, after: email({ type: 'JIRA' }) }))).toContain('guardrail/notification/type-not-allowed');
    const d = evaluateGuardrails(input({ schemaId: s, after: email({ emailNotification: { recipients: ['a@example.com'], ccRecipients: ['x@evil.com'] } }) }));
    expect(d.findings).toEqual([expect.objectContaining({ code: 'guardrail/notification/target-not-allowed', location: { path: 'emailNotification/ccRecipients/0' } })]);
    const hook = { displayName: '[search] w', type: 'WEBHOOK', alertingProfile: 'mine', webHookNotification: { url: 'https://evil.example.net/x' } };
    expect(codes(input({ schemaId: s, after: hook }))).toEqual(['guardrail/notification/target-not-allowed']);
    expect(codes(input({ schemaId: s, after: { ...hook, webHookNotification: { url: 'https://hooks.example.com/x' } } }))).toEqual([]);
    const slack = { displayName: '[search] s', type: 'SLACK', alertingProfile: 'mine', slackNotification: { channel: '#random', url: 'https://hooks.slack.com/x' } };
    expect(codes(input({ schemaId: s, after: slack }))).toEqual(['guardrail/notification/target-not-allowed']);
  });
});

describe('guardrails: naming, schema, quota and modes', () => {
  it('requires the prefix and says how to fix it', () => {
    const d = evaluateGuardrails(input({ after: { name: 'cpu', managementZone: '33' } }));
    expect(d.findings[0]).toMatchObject({ code: 'guardrail/naming/prefix', location: { path: 'name' }, message: 'name must start with `[search] `', help: 'rename it to `[search] cpu`' });
  });
  it('supports pattern naming rules', () => {
    const team = { ...search, naming: { kind: 'pattern' as const, value: 'search-[a-z]+', mode: 'enforce' as const } };
    expect(codes(input({ team, after: { name: 'search-cpu', managementZone: '33' } }))).toEqual([]);
    expect(codes(input({ team, after: { name: 'Search CPU', managementZone: '33' } }))).toEqual(['guardrail/naming/pattern']);
  });
  it('denies schemas the team may not write and unknown schemas', () => {
    const team = { ...search, allowedSchemas: ['builtin:monitoring.slo'] };
    expect(codes(input({ team, after: { name: '[search] x', managementZone: '33' } }))).toEqual(['guardrail/schema/not-allowed']);
    expect(codes(input({ schemaId: 'builtin:management-zones', after: {} }))).toEqual(['guardrail/schema/unknown']);
  });
  it('enforces quotas on create only', () => {
    expect(codes(input({ existingCount: 2, after: { name: '[search] x', managementZone: '33' } }))).toEqual(['guardrail/quota/exceeded']);
    expect(codes(input({ existingCount: undefined, after: { name: '[search] x', managementZone: '33' } }))).toEqual(['guardrail/quota/unknown']);
    expect(codes(input({ operation: 'update', existingCount: 5, before: { name: '[search] x', managementZone: '33' }, after: { name: '[search] x', managementZone: '33' } }))).toEqual([]);
  });
  it('lets warn findings through as warnings and dry-run findings as info', () => {
    const warn = { ...search, naming: { kind: 'prefix' as const, value: '[search] ', mode: 'warn' as const }, scopeMode: 'dry-run' as const };
    const d = evaluateGuardrails(input({ team: warn, after: { name: 'x', managementZone: '22' } }));
    expect(d.allowed).toBe(true);
    expect(d.findings.map((f) => [f.code, f.severity])).toEqual([['guardrail/scope/foreign-zone', 'info'], ['guardrail/naming/prefix', 'warning']]);
  });
  it('fails closed in dry-run mode when the owner cannot be resolved', () => {
    const dry = { ...search, scopeMode: 'dry-run' as const };
    expect(evaluateGuardrails(input({ team: dry, after: { name: '[search] x', managementZone: '999' } })).allowed).toBe(false);
  });
  it('blocks with fail-closed codes whatever the mode (an unreadable count, an unsafe pattern)', () => {
    const lenient = {
      ...search, quotas: [{ schemaId: 'builtin:alerting.profile', max: 2, mode: 'warn' as const }],
      naming: { kind: 'pattern' as const, value: '(a+)+$', mode: 'dry-run' as const },
    };
    const d = evaluateGuardrails(input({ team: lenient, existingCount: undefined, after: { name: '[search] x', managementZone: '33' } }));
    expect(d.allowed).toBe(false);
    expect(d.findings.map((f) => [f.code, f.severity, f.mode])).toEqual([
      ['guardrail/naming/unsafe-pattern', 'error', 'enforce'],
      ['guardrail/quota/unknown', 'error', 'enforce'],
    ]);
  });
  it('fails closed when a rule throws', () => {
    const knowledge = { ...alertingKnowledge, nameOf: () => { throw new Error('boom'); } };
    const d = evaluateGuardrails(input({ knowledge, after: { name: '[search] x', managementZone: '33' } }));
    expect(d.allowed).toBe(false);
    expect(d.findings.map((f) => f.code)).toContain('guardrail/engine/error');
  });
});

describe('evaluateGuardrails: rules already passed', () => {
  it('skips only the rules the caller says it ran without a violation', () => {
    const value = { name: 'x', managementZone: '22' };
    const foreignUnprefixed = input({ operation: 'update', before: value, after: value });
    expect(codes(foreignUnprefixed)).toEqual(['guardrail/scope/foreign-zone', 'guardrail/naming/prefix']);
    const scope = rules.find((r) => r.name === 'scope')!;
    expect(evaluateGuardrails(foreignUnprefixed, [scope]).findings.map((f) => f.code)).toEqual(['guardrail/naming/prefix']);
  });
});

describe('withScopeMemo', () => {
  it('answers the same scope as the knowledge it wraps and derives it once per value of the given schemas', () => {
    let derived = 0;
    const counting = { ...alertingKnowledge, scopeOf: (s: string, v: unknown) => { derived++; return alertingKnowledge.scopeOf(s, v); } };
    const memo = withScopeMemo(counting, ['builtin:alerting.profile', 'builtin:problem.notifications']);
    const profile = { name: '[checkout] p', managementZone: '-64' };
    const notification = { name: 'n', alertingProfile: 'p1' };
    expect(memo.scopeOf('builtin:alerting.profile', profile)).toEqual(alertingKnowledge.scopeOf('builtin:alerting.profile', profile));
    expect(memo.scopeOf('builtin:alerting.profile', profile)).toEqual({ kind: 'zones', zones: [{ id: '-64', path: 'managementZone' }] });
    expect(memo.scopeOf('builtin:problem.notifications', notification)).toEqual({ kind: 'via-alerting-profile', profileId: 'p1', path: 'alertingProfile' });
    expect(derived).toBe(2);
    // another object with equal content is another value: derived afresh
    memo.scopeOf('builtin:alerting.profile', { ...profile, managementZone: '7166' });
    expect(derived).toBe(3);
    expect(memo.scopeOf('builtin:alerting.profile', null)).toEqual(alertingKnowledge.scopeOf('builtin:alerting.profile', null));
    // values of other schemas are derived on every call
    const window = { filters: [{ managementZones: ['-64'] }] };
    const before = derived;
    memo.scopeOf('builtin:alerting.maintenance-window', window);
    memo.scopeOf('builtin:alerting.maintenance-window', window);
    expect(derived).toBe(before + 2);
  });
});
