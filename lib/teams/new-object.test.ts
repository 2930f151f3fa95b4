import { ALERTING_SCHEMA_IDS, displayNameOf, managementZoneIdsOf, notificationTargetsOf } from '../alerting/index';
import { exampleValues } from '../settings-schemas/examples';
import { permissiveContext, validateSettingsValue } from '../settings-schemas/index';
import { newObjectValue, type NewObjectTeam } from './new-object';

const PN = 'builtin:problem.notifications';
const SLO = 'builtin:monitoring.slo';
const NOW = Date.UTC(2025, 0, 1);

function team(overrides: Partial<NewObjectTeam> = {}): NewObjectTeam {
  return {
    id: 'check-out',
    // the first zone is unknown to the tenant (no id): objects start in the first one that exists
    managementZones: [{ name: 'Gone', id: null }, { name: 'Payments "EU"', id: '-4242' }, { name: 'Checkout', id: '17' }],
    rules: { naming: { kind: 'prefix', value: '[checkout] ' }, notifications: { emailDomains: ['shop.example.org', 'other.example'] } },
    ...overrides,
  };
}

describe('newObjectValue', () => {
  it('starts every schema in the team\'s first existing zone, with the prefix, as a valid value', () => {
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const value = newObjectValue(schemaId, team(), { alertingProfileId: 'profile-1', now: NOW });
      expect(displayNameOf(schemaId, value).startsWith('[checkout] new ')).toBe(true);
      expect(validateSettingsValue(schemaId, value, permissiveContext())).toEqual([]);
      const scope = managementZoneIdsOf(schemaId, value);
      if (schemaId === PN) expect(scope).toMatchObject({ kind: 'via-alerting-profile', alertingProfileId: 'profile-1' });
      else if (schemaId === SLO) expect(scope).toMatchObject({ kind: 'zones', ids: [], names: ['Payments "EU"'] });
      else expect(scope).toMatchObject({ kind: 'zones', ids: ['-4242'], names: [] });
    }
  });
  it('starts global, unnamed by a prefix, when the team has no existing zone and a pattern rule', () => {
    const noZone = team({ managementZones: [{ name: 'Gone', id: null }], rules: { naming: { kind: 'pattern', value: '^x' }, notifications: { emailDomains: [] } } });
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const value = newObjectValue(schemaId, noZone, { now: NOW });
      expect(displayNameOf(schemaId, value).startsWith('new ')).toBe(true);
      expect(managementZoneIdsOf(schemaId, value).kind).toBe(schemaId === PN ? 'via-alerting-profile' : 'global');
    }
  });
  it('sends a new notification to on-call at the team\'s first e-mail domain', () => {
    expect(notificationTargetsOf(newObjectValue(PN, team(), { now: NOW })).targets.map((t) => t.value)).toEqual(['oncall@shop.example.org']);
    const anyDomain = team({ rules: { notifications: { emailDomains: [] } } });
    expect(notificationTargetsOf(newObjectValue(PN, anyDomain, { now: NOW })).targets.map((t) => t.value)).toEqual(['oncall@example.com']);
  });
  it('gives an SLO a metric name made of the team id and the creation time', () => {
    const first = newObjectValue(SLO, team(), { now: NOW });
    const later = newObjectValue(SLO, team(), { now: NOW + 1 });
    expect(first.metricName).toBe(`check_out_slo_${NOW.toString(36)}`);
    expect(later.metricName).not.toBe(first.metricName);
  });
  it('leaves the example values as they were', () => {
    const before = structuredClone(exampleValues);
    for (const schemaId of ALERTING_SCHEMA_IDS) newObjectValue(schemaId, team(), { now: NOW });
    expect(exampleValues).toEqual(before);
  });
});
