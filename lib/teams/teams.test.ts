import fc from 'fast-check';
import { makeTeam } from './teams.test-support';
import { ZONE_OBJECT_IDS } from './zone-object-ids.test-support';
import {
  compileNamingPattern, managementZoneNumericIdOf, selectCallerTeams, teamsForCaller,
  teamMappingSchema, validateTeams, ZoneTable,
} from './index';


const zones = new ZoneTable([
  { objectId: 'o1', name: 'Checkout', id: '1' },
  { objectId: 'o2', name: 'Payments', id: '2' },
  { objectId: 'o3', name: 'Search', id: '3' },
]);
const ctx = { zones, knownSchemaIds: ['builtin:alerting.profile', 'builtin:problem.notifications'], knownNotificationTypes: ['EMAIL', 'SLACK'] };

describe('team membership', () => {
  const checkout = makeTeam({ id: 'checkout', members: ['Max.Member@Example.com'], leads: ['lena.lead@example.com'] });
  const search = makeTeam({ id: 'search', members: ['max.member@example.com'] });
  it('matches e-mails case-insensitively and prefers the lead role', () => {
    expect(teamsForCaller('MAX.member@example.com', [checkout, search]).map((m) => [m.team.id, m.role]))
      .toEqual([['checkout', 'member'], ['search', 'member']]);
    expect(teamsForCaller('lena.lead@example.com', [checkout])[0]?.role).toBe('lead');
  });
  it('finds no team for an empty or unknown e-mail', () => {
    expect(teamsForCaller('', [checkout])).toEqual([]);
    expect(teamsForCaller('eve@example.com', [checkout])).toEqual([]);
  });
  it('lets a payload teamId only select among the caller\'s own teams', () => {
    const mine = teamsForCaller('lena.lead@example.com', [checkout, search]);
    expect(selectCallerTeams(mine, 'search')).toEqual({ foreign: 'search' });
    expect(selectCallerTeams(mine, 'checkout')).toHaveLength(1);
    expect(selectCallerTeams(mine, undefined)).toHaveLength(1);
  });
});

describe('team validation', () => {
  it('reports unknown zones, unknown schemas and unknown notification types as errors', () => {
    const t = makeTeam({
      id: 'x', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Nowhere'] },
      allowedSchemas: ['builtin:nope'], notifications: { allowedTypes: ['FAX'], emailDomains: [], webhookHosts: [], slackChannels: [], mode: 'enforce' },
    });
    const codes = validateTeams([t], ctx).map((d) => [d.code, d.location?.path]);
    expect(codes).toEqual(expect.arrayContaining([
      ['team/scope/unknown-zone', 'scope/managementZones/1'],
      ['team/schema/unknown', 'allowedSchemas/0'],
      ['team/notification/unknown-type', 'notifications/allowedTypes/0'],
    ]));
  });
  it('reports a team without members', () => {
    const t = makeTeam({ id: 'empty', members: [], leads: [], scope: { kind: 'management-zones', managementZones: ['Search'] } });
    expect(validateTeams([t], ctx).map((d) => d.code)).toContain('team/members/empty');
  });
  it('refuses a zone another team owns, naming the owner at the zone\'s path', () => {
    const a = makeTeam({ id: 'a', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] } });
    const b = makeTeam({ id: 'b', displayName: 'Billing', scope: { kind: 'management-zones', managementZones: ['Payments'] } });
    const ds = validateTeams([a, b], ctx).filter((d) => d.code === 'team/scope/zone-owned');
    expect(ds.map((d) => [d.teamId, d.severity, d.location?.path, d.message])).toEqual([
      ['a', 'error', 'scope/managementZones/1', 'management zone “Payments” already belongs to team “Billing” (b)'],
      ['b', 'error', 'scope/managementZones/0', 'management zone “Payments” already belongs to team “a”'],
    ]);
  });
  it('accepts a zone the team declares as shared, and reports it as information', () => {
    const a = makeTeam({ id: 'a', scope: { kind: 'management-zones', managementZones: ['Payments'] } });
    const b = makeTeam({ id: 'b', scope: { kind: 'management-zones', managementZones: ['Payments'] }, sharedZones: ['Payments'] });
    const ofB = validateTeams([a, b], ctx).filter((d) => d.teamId === 'b');
    expect(ofB.map((d) => [d.code, d.severity, d.message])).toEqual([['team/scope/shared-zone', 'info', 'management zone “Payments” is shared with team “a”']]);
  });
  it('refuses a shared zone that is not one of the team\'s zones', () => {
    const a = makeTeam({ id: 'a', scope: { kind: 'management-zones', managementZones: ['Checkout'] }, sharedZones: ['Payments'] });
    expect(validateTeams([a], ctx).map((d) => [d.code, d.location?.path])).toEqual([['team/scope/shared-not-owned', 'sharedZones/0']]);
  });
  it('refuses duplicate team ids and unsafe naming patterns', () => {
    const a = makeTeam({ id: 'a', naming: { kind: 'pattern', value: '(a+)+$', mode: 'enforce' } });
    const codes = validateTeams([a, a], ctx).map((d) => d.code);
    expect(codes).toContain('team/id/duplicate');
    expect(codes).toContain('team/naming/unsafe-pattern');
  });
  it('refuses approval rules that name an unknown schema or a zone the team does not own', () => {
    const t = makeTeam({
      id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] },
      approvals: [{ schemaIds: ['builtin:alerting.profile', 'builtin:nope'], operations: ['delete'], zones: ['Payments', 'Search'] }],
    });
    expect(validateTeams([t], ctx).filter((d) => d.severity === 'error').map((d) => [d.code, d.location?.path])).toEqual([
      ['team/schema/unknown', 'approvals/0/schemaIds/1'],
      ['team/approval/foreign-zone', 'approvals/0/zones/1'],
    ]);
  });
  it('reads approval rules strictly: at least one schema and operation, known operations, zones left out or named', () => {
    const base = makeTeam({ id: 'a' });
    const parse = (rule: unknown) => teamMappingSchema.safeParse({ ...base, approvals: [rule] }).success;
    expect(parse({ schemaIds: ['builtin:alerting.profile'], operations: ['delete'] })).toBe(true);
    expect(parse({ schemaIds: [], operations: ['delete'] })).toBe(false);
    expect(parse({ schemaIds: ['builtin:alerting.profile'], operations: ['rename'] })).toBe(false);
    expect(parse({ schemaIds: ['builtin:alerting.profile'], operations: ['delete'], zones: [] })).toBe(false);
    expect(teamMappingSchema.parse({ ...base, approvals: undefined }).approvals).toEqual([]);
  });
  it('accepts the seeded demo team', () => {
    const t = makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] } });
    expect(validateTeams([t], ctx).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('naming patterns', () => {
  it('matches the whole name', () => {
    const p = compileNamingPattern('\\[search\\] .+');
    expect(p.ok && p.test('[search] cpu')).toBe(true);
    expect(p.ok && p.test('x [search] cpu')).toBe(false);
  });
  it.each([
    ['(a+)+', 'quantified groups'], ['(a|aa)*', 'quantified groups'], ['(a)\\1', 'backreferences'],
    ['(?=a)a', 'lookarounds'], ['a*b*c*d', 'unbounded'], ['a{1,1000}b{2,}c+', 'unbounded'], ['x'.repeat(201), 'longer'], ['[', 'valid'],
  ])('refuses %s', (pattern, reason) => {
    const p = compileNamingPattern(pattern);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toContain(reason);
  });
  it('stays fast on hostile input for every accepted pattern', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a.*+?()|\\[\]{}0-9,]{0,30}$/), (pattern) => {
      const p = compileNamingPattern(pattern);
      if (!p.ok) return;
      const start = Date.now();
      p.test('a'.repeat(1000) + '!');
      expect(Date.now() - start).toBeLessThan(200);
    }), { numRuns: 300 });
  });
});

describe('management zone numeric ids', () => {
  it('returns undefined for objectIds that do not decode', () => {
    expect(managementZoneNumericIdOf('not-an-object-id')).toBeUndefined();
    expect(managementZoneNumericIdOf('')).toBeUndefined();
  });
  it('builds the name ↔ id table from settings objects', () => {
    const [zone] = ZONE_OBJECT_IDS;
    const t = ZoneTable.fromSettingsObjects([{ objectId: zone!.objectId, value: { name: 'Checkout' } }, { objectId: 'junk', value: { name: 'X' } }]);
    expect(t.idOf('Checkout')).toBe(zone!.numericId);
    expect(t.hasName('X')).toBe(false);
  });
});
