import fc from 'fast-check';
import { ALERTING_SCHEMA_IDS, displayNameOf, managementZoneIdsOf } from '../alerting/index';
import { applyEdit, formProblems } from '../settings-schemas/form';
import { permissiveContext, schemaDefinitions, validateSettingsValue } from '../settings-schemas/index';
import { nameToFillIn, newObjectValue, startingValuesFor, type NewObjectTeam } from './new-object';

const PN = 'builtin:problem.notifications';
const SLO = 'builtin:monitoring.slo';
const MW = 'builtin:alerting.maintenance-window';
const ME = 'builtin:anomaly-detection.metric-events';
// 2025-01-01 14:30 UTC = 15:30 in Vienna
const NOW = Date.UTC(2025, 0, 1, 14, 30);
const options = { alertingProfileId: 'profile-1', now: NOW, timeZone: 'Europe/Vienna' };

function team(overrides: Partial<NewObjectTeam> = {}): NewObjectTeam {
  return {
    id: 'check-out',
    // the first zone is unknown to the tenant (no id): objects start in the first one that exists
    managementZones: [{ name: 'Gone', id: null }, { name: 'Payments "EU"', id: '-4242' }, { name: 'Checkout', id: '17' }],
    rules: { naming: { kind: 'prefix', value: '[checkout] ' } },
    ...overrides,
  };
}

/** Every violation of a value, by path. */
const violations = (schemaId: string, value: unknown) => validateSettingsValue(schemaId, value, permissiveContext()).map((v) => v.path.replace(/\//g, '.'));

describe('newObjectValue', () => {
  it("starts every schema in the team's first existing zone, named with the prefix only", () => {
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const value = newObjectValue(schemaId, team(), options);
      expect(displayNameOf(schemaId, value)).toBe('[checkout] ');
      const scope = managementZoneIdsOf(schemaId, value);
      if (schemaId === PN) expect(scope).toMatchObject({ kind: 'via-alerting-profile', alertingProfileId: 'profile-1' });
      else if (schemaId === SLO) expect(scope).toMatchObject({ kind: 'zones', ids: [], names: ['Payments "EU"'] });
      else expect(scope).toMatchObject({ kind: 'zones', ids: ['-4242'], names: [] });
    }
  });

  it('is valid, or needs only the fields only the user can fill (and the form names exactly those)', () => {
    const userOwned: Record<string, string[]> = {
      'builtin:alerting.profile': [],
      [PN]: ['webHookNotification.url'],
      [ME]: ['queryDefinition.metricKey', 'eventTemplate.title'],
      [MW]: [],
      [SLO]: ['metricExpression'],
    };
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const value = newObjectValue(schemaId, team(), options);
      expect(violations(schemaId, value)).toEqual(userOwned[schemaId]);
      expect(formProblems(schemaDefinitions[schemaId]!, value).map((p) => p.path)).toEqual(userOwned[schemaId]);
      expect(nameToFillIn(schemaId, team(), value)).toBeDefined();
    }
  });

  it('invents nothing: no tags, filters, recipients or descriptions beyond the schema defaults', () => {
    const profile = newObjectValue('builtin:alerting.profile', team(), options);
    expect(profile.eventFilters).toEqual([]);
    expect(JSON.stringify(profile)).not.toMatch(/tagFilter"|env:|team:/);
    const window = newObjectValue(MW, team(), options);
    expect(window.filters).toEqual([{ entityTags: [], managementZones: ['-4242'] }]);
    expect(window.generalProperties).not.toHaveProperty('description');
    const metric = newObjectValue(ME, team(), options) as any;
    expect(metric.eventTemplate.metadata).toEqual([]);
    expect(metric.queryDefinition.dimensionFilter).toEqual([]);
    expect(newObjectValue(PN, team(), options)).not.toHaveProperty('emailNotification');
  });

  it("schedules a maintenance window tomorrow at the current hour in the user's time zone", () => {
    expect((newObjectValue(MW, team(), options) as any).schedule).toEqual({
      scheduleType: 'ONCE',
      onceRecurrence: { startTime: '2025-01-02T15:00:00', endTime: '2025-01-02T16:00:00', timeZone: 'Europe/Vienna' },
    });
    const late = newObjectValue(MW, team(), { ...options, now: Date.UTC(2024, 1, 28, 23, 40), timeZone: 'Pacific/Kiritimati' }) as any;
    // 13:40 on 29 February in Kiritimati (UTC+14)
    expect(late.schedule.onceRecurrence).toEqual({ startTime: '2024-03-01T13:00:00', endTime: '2024-03-01T14:00:00', timeZone: 'Pacific/Kiritimati' });
  });

  it('never schedules in the past, and switching the schedule type in the form starts tomorrow too (property)', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.constantFrom('UTC', 'Europe/Vienna', 'America/Los_Angeles', 'Asia/Kolkata', 'Not/AZone'), fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'), (now, timeZone, type) => {
      const value = newObjectValue(MW, team(), { now, timeZone });
      const schedule = (value as any).schedule;
      const today = new Date(now - 14 * 3600_000).toISOString().slice(0, 10);
      expect(schedule.onceRecurrence.startTime.slice(0, 10) > today).toBe(true);
      expect(violations(MW, value)).toEqual([]);
      const switched = applyEdit(schemaDefinitions[MW]!, value, 'schedule.scheduleType', type, startingValuesFor(MW, team(), { now, timeZone })) as any;
      const recurrence = switched.schedule[`${type.toLowerCase()}Recurrence`];
      expect(recurrence.recurrenceRange.scheduleStartDate > today).toBe(true);
      expect(violations(MW, switched)).toEqual([]);
    }), { numRuns: 100 });
  });

  it('starts global, with an empty name and no profile, for a team without zones, a pattern rule and no profiles', () => {
    const bare = team({ managementZones: [{ name: 'Gone', id: null }], rules: { naming: { kind: 'pattern', value: '^x' } } });
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const value = newObjectValue(schemaId, bare, { now: NOW, timeZone: 'UTC' });
      expect(displayNameOf(schemaId, value)).toBe('');
      expect(managementZoneIdsOf(schemaId, value).kind).toBe(schemaId === PN ? 'via-alerting-profile' : 'global');
    }
    const notification = newObjectValue(PN, bare, { now: NOW, timeZone: 'UTC' });
    expect(notification.alertingProfile).toBe('');
    expect(formProblems(schemaDefinitions[PN]!, notification)).toContainEqual({ path: 'alertingProfile', code: 'form/required', message: 'choose a value' });
  });

  it('gives an SLO a metric name made of the team id and the creation time', () => {
    const first = newObjectValue(SLO, team(), options);
    const later = newObjectValue(SLO, team(), { ...options, now: NOW + 1 });
    expect(first.metricName).toBe(`check_out_slo_${NOW.toString(36)}`);
    expect(later.metricName).not.toBe(first.metricName);
  });
});

describe('nameToFillIn', () => {
  it('asks for a name until there is more than the prefix', () => {
    const value = newObjectValue(MW, team(), options);
    expect(nameToFillIn(MW, team(), value)).toBe('generalProperties.name');
    expect(nameToFillIn(MW, team(), { ...value, generalProperties: { ...(value.generalProperties as object), name: '[checkout] patching' } })).toBeUndefined();
  });
});
