import type { Finding } from '../contracts';
import { EXAMPLE_ALERTING_PROFILE_ID, EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleAlertingProfile, exampleMaintenanceWindow, exampleProblemNotification } from '../settings-schemas/examples';
import { OUTSIDE_APP_CODE } from './findings';
import { withNamingPrefix, fixFor } from './fixes';
import { changesOverTime, matchesFilter, NO_ZONE, reviewOverview, zonesByObject, type OverviewItem } from './overview';

const AP = 'builtin:alerting.profile';
const PN = 'builtin:problem.notifications';
const finding = (code: string, severity: Finding['severity'] = 'error', path?: string): Finding =>
  ({ code, severity, message: code, rule: 'r', ...(path ? { location: { path } } : {}) }) as Finding;

const profile: OverviewItem = { objectId: EXAMPLE_ALERTING_PROFILE_ID, schemaId: AP, summary: 'p', value: exampleAlertingProfile, findings: [finding('guardrail/naming/prefix', 'error', 'name')] };
const notification: OverviewItem = { objectId: 'n1', schemaId: PN, summary: 'n', value: { ...exampleProblemNotification, alertingProfile: EXAMPLE_ALERTING_PROFILE_ID }, findings: [finding('guardrail/notification/target-not-allowed', 'warning')] };
const unzoned: OverviewItem = { objectId: 'g1', schemaId: AP, summary: 'g', value: { ...exampleAlertingProfile, managementZone: undefined }, findings: [] };
const items = [profile, notification, unzoned];
const zones = zonesByObject(items, [{ name: EXAMPLE_ZONE_NAME, id: EXAMPLE_ZONE_ID }]);
const outside = new Map([['g1', finding(OUTSIDE_APP_CODE, 'warning')]]);

describe('review overview', () => {
  it('places a notification in the zone of its alerting profile and objects without a zone under "no zone"', () => {
    expect(zones.get(profile.objectId)).toEqual([EXAMPLE_ZONE_NAME]);
    expect(zones.get('n1')).toEqual([EXAMPLE_ZONE_NAME]);
    expect(zones.get('g1')).toEqual([]);
  });

  it('counts by schema, zone, rule and severity; each bar count is what its filter keeps', () => {
    const o = reviewOverview(items, zones, outside, (s) => (s === AP ? 'Alerting profiles' : 'Notifications'));
    expect(o.bySchema).toEqual([{ key: AP, label: 'Alerting profiles', count: 2 }, { key: PN, label: 'Notifications', count: 1 }]);
    expect(o.byZone).toEqual([{ key: EXAMPLE_ZONE_NAME, label: EXAMPLE_ZONE_NAME, count: 2 }, { key: NO_ZONE, label: NO_ZONE, count: 1 }]);
    expect(o.byRule.map((b) => [b.key, b.count])).toEqual([[OUTSIDE_APP_CODE, 1], ['guardrail/naming/prefix', 1], ['guardrail/notification/target-not-allowed', 1]]);
    expect(o.bySeverity).toEqual([{ key: 'error', label: 'Errors', count: 1 }, { key: 'warning', label: 'Warnings', count: 1 }]);
    const kinds = [['schema', o.bySchema], ['zone', o.byZone], ['rule', o.byRule], ['severity', o.bySeverity]] as const;
    for (const [kind, bars] of kinds) {
      for (const bar of bars) {
        const kept = items.filter((i) => matchesFilter(i, { kind, key: bar.key, label: bar.label }, zones, outside));
        expect([kind, bar.key, kept.length]).toEqual([kind, bar.key, bar.count]);
      }
    }
    expect(items.filter((i) => matchesFilter(i, undefined, zones, outside))).toHaveLength(3);
  });

  it('buckets changes per day over 30 days and per week over 90 days, through the app or not', () => {
    const now = Date.parse('2026-12-04T07:00:00Z');
    const revisions = [
      { modifiedTime: '2026-12-04T06:00:00Z', appId: 'app' },
      { modifiedTime: '2026-12-04T01:00:00Z', appId: null },
      { modifiedTime: '2026-11-20T10:00:00Z', appId: 'other' },
      { modifiedTime: '2026-08-01T10:00:00Z', appId: 'app' }, // older than 90 days
      { modifiedTime: null, appId: 'app' },
    ];
    const days = changesOverTime(revisions, 'app', now, 30);
    expect(days).toHaveLength(30);
    expect(days[29]).toMatchObject({ label: '12-04', throughApp: 1, outsideApp: 1 });
    expect(days.reduce((s, b) => s + b.throughApp + b.outsideApp, 0)).toBe(3);
    const weeks = changesOverTime(revisions, 'app', now, 90);
    expect(weeks).toHaveLength(13);
    expect(weeks.reduce((s, b) => s + b.throughApp + b.outsideApp, 0)).toBe(3);
    expect(weeks[12]!.throughApp).toBe(1);
  });
});

describe('naming fix', () => {
  it('puts the team prefix in front of the name at the schema\'s name path and nothing else', () => {
    const value = { ...exampleMaintenanceWindow, generalProperties: { ...exampleMaintenanceWindow.generalProperties, name: 'db patching' } };
    const fixed = withNamingPrefix('builtin:alerting.maintenance-window', value, '[checkout] ');
    expect(fixed!.name).toBe('[checkout] db patching');
    expect(fixed!.value).toEqual({ ...value, generalProperties: { ...value.generalProperties, name: '[checkout] db patching' } });
    expect(withNamingPrefix('builtin:alerting.maintenance-window', fixed!.value, '[checkout] ')).toBeUndefined();
  });

  it('applies the prefix for a prefix finding; other findings open the editor at their field', () => {
    const value = { ...exampleAlertingProfile, name: 'payments' };
    const apply = fixFor(finding('guardrail/naming/prefix', 'error', 'name'), { schemaId: AP, value }, { kind: 'prefix', value: 'team-checkout: ' });
    expect(apply).toEqual({ kind: 'apply', description: 'rename to “team-checkout: payments”', value: { ...value, name: 'team-checkout: payments' } });
    expect(fixFor(finding('guardrail/naming/pattern', 'error', 'name'), { schemaId: AP, value }, { kind: 'pattern', value: '^x' })).toEqual({ kind: 'editor', field: 'name' });
    expect(fixFor(finding('guardrail/notification/target-not-allowed', 'error', '/emailNotification/recipients/0'), { schemaId: PN, value: exampleProblemNotification }, undefined))
      .toEqual({ kind: 'editor', field: 'emailNotification.recipients.0' });
    expect(fixFor(finding(OUTSIDE_APP_CODE, 'warning'), { schemaId: AP, value }, undefined)).toEqual({ kind: 'none' });
  });
});
