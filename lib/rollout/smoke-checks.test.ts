import { makeTeam } from '../teams/teams.test-support';
import { smokeReport, type TenantSnapshot } from './index';

const FIVE = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];

function tenant(over: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return {
    appId: 'my.team.alerting',
    appScopes: ['settings:objects:read', 'app-settings:objects:read'],
    grants: { 'settings:objects:read': 'true', 'app-settings:objects:read': 'true' },
    zones: [{ objectId: 'z1', name: 'Checkout' }, { objectId: 'z2', name: 'Payments' }],
    mappings: [{ objectId: 'm1', value: makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] }, allowedSchemas: FIVE }) }],
    schemaGroups: { 'builtin:management-zones': ['group:management-zones'], 'builtin:alerting.profile': ['group:alerting'] },
    problems: {},
    ...over,
  };
}
const statusOf = (snapshot: TenantSnapshot) => Object.fromEntries(smokeReport(snapshot).checks.map((c) => [c.id, c.status]));
const codesOf = (snapshot: TenantSnapshot, id: string) => smokeReport(snapshot).checks.find((c) => c.id === id)!.findings.map((f) => f.code);

describe('smokeReport', () => {
  it('passes a tenant whose mappings parse, whose zones exist and whose teams the generated policies serve', () => {
    expect(smokeReport(tenant())).toMatchObject({ ok: true });
    expect(statusOf(tenant())).toEqual({ scopes: 'pass', mappings: 'pass', zones: 'pass', policies: 'pass' });
  });

  it('fails a scope that is not granted and warns about one it could not resolve', () => {
    const s = tenant({ appScopes: ['settings:objects:read', 'settings:objects:write', 'app-settings:objects:read'], grants: { 'settings:objects:read': 'condition', 'app-settings:objects:read': 'false' } });
    expect(codesOf(s, 'scopes')).toEqual(['smoke/scope/unresolved', 'smoke/scope/not-granted']);
    expect(smokeReport(s).ok).toBe(false);
  });

  it('fails a mapping that does not parse, and reports what the team validation finds', () => {
    const s = tenant({ mappings: [...tenant().mappings!, { objectId: 'm2', value: { id: 'broken' } }, { objectId: 'm3', value: makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout'] }, allowedSchemas: ['builtin:nope'] }) }] });
    expect(codesOf(s, 'mappings')).toEqual(expect.arrayContaining(['smoke/mappings/invalid', 'team/schema/unknown', 'team/id/duplicate']));
    expect(smokeReport(s).checks.find((c) => c.id === 'mappings')!.findings[0]!.message).toContain('`m2`');
  });

  it('fails a zone that does not exist, and says when no zone can be read at all', () => {
    expect(codesOf(tenant({ zones: [{ objectId: 'z1', name: 'Checkout' }] }), 'zones')).toEqual(['team/scope/unknown-zone']);
    expect(codesOf(tenant({ zones: [] }), 'zones')).toEqual(['team/scope/unknown-zone', 'team/scope/unknown-zone', 'smoke/zones/none-readable']);
    expect(codesOf(tenant({ zones: undefined, problems: { zones: 'HTTP 403' } }), 'zones')).toEqual(['smoke/zones/unreadable']);
  });

  it('fails a team whose policies cannot be generated (a zone name no policy can quote)', () => {
    const odd = `Q"u'ote`;
    const s = tenant({ zones: [{ objectId: 'z', name: odd }], mappings: [{ objectId: 'm', value: makeTeam({ id: 'odd', scope: { kind: 'management-zones', managementZones: [odd] }, allowedSchemas: FIVE }) }] });
    expect(new Set(codesOf(s, 'policies'))).toEqual(new Set(['smoke/policies/not-generated']));
  });

  it('warns when there is no mapping yet', () => {
    expect(codesOf(tenant({ mappings: [] }), 'mappings')).toEqual(['smoke/mappings/none']);
    expect(smokeReport(tenant({ mappings: [] })).ok).toBe(true);
  });
});
