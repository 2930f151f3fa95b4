import fc from 'fast-check';
import { encodeObjectId, managementZoneNumericId } from '../../local/platform/model/object-id';
import { makeTeam } from './teams.test-support';
import {
  compileNamingPattern, managementZoneNumericIdOf, selectCallerTeams, teamsForCaller,
  validateTeams, ZoneTable,
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
  it('warns (not errors) when two teams claim the same zone', () => {
    const a = makeTeam({ id: 'a', scope: { kind: 'management-zones', managementZones: ['Payments'] } });
    const b = makeTeam({ id: 'b', scope: { kind: 'management-zones', managementZones: ['Payments'] } });
    const ds = validateTeams([a, b], ctx).filter((d) => d.code === 'team/scope/zone-claimed-twice');
    expect(ds).toHaveLength(2);
    expect(ds.every((d) => d.severity === 'warning')).toBe(true);
    expect(ds[0]!.message).toBe('management zone `Payments` is also claimed by team `b`');
  });
  it('refuses duplicate team ids and unsafe naming patterns', () => {
    const a = makeTeam({ id: 'a', naming: { kind: 'pattern', value: '(a+)+$', mode: 'enforce' } });
    const codes = validateTeams([a, a], ctx).map((d) => d.code);
    expect(codes).toContain('team/id/duplicate');
    expect(codes).toContain('team/naming/unsafe-pattern');
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
  it('derives the same numeric id as the local platform for any key UUID', () => {
    fc.assert(fc.property(fc.uuid({ version: [1, 3, 4, 5] }), (uuid) => {
      const objectId = encodeObjectId('builtin:management-zones', 'environment', uuid);
      expect(managementZoneNumericIdOf(objectId)).toBe(managementZoneNumericId(objectId));
    }));
  });
  it('returns undefined for objectIds that do not decode', () => {
    expect(managementZoneNumericIdOf('not-an-object-id')).toBeUndefined();
    expect(managementZoneNumericIdOf('')).toBeUndefined();
  });
  it('builds the name ↔ id table from settings objects', () => {
    const objectId = encodeObjectId('builtin:management-zones', 'environment');
    const t = ZoneTable.fromSettingsObjects([{ objectId, value: { name: 'Checkout' } }, { objectId: 'junk', value: { name: 'X' } }]);
    expect(t.idOf('Checkout')).toBe(managementZoneNumericId(objectId));
    expect(t.hasName('X')).toBe(false);
  });
});
