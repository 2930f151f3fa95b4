import fc from 'fast-check';
import {
  EXAMPLE_ALERTING_PROFILE_ID, EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleAlertingProfile, exampleMaintenanceWindow,
  exampleMetricEvent, exampleProblemNotification, exampleSlo, exampleValues, exampleWebhookNotification,
} from '../settings-schemas/examples';
import {
  ALERTING_SCHEMA_IDS, alertingProfileOf, displayNameOf, forcedFields, managementZoneIdsOf, namePathOf,
  notificationTargetsOf, schemaCatalog, summaryOf,
} from './index';

const AP = 'builtin:alerting.profile';
const ME = 'builtin:anomaly-detection.metric-events';
const MW = 'builtin:alerting.maintenance-window';
const SLO = 'builtin:monitoring.slo';
const PN = 'builtin:problem.notifications';

describe('managementZoneIdsOf', () => {
  it('reads the alerting profile zone, or global without one', () => {
    expect(managementZoneIdsOf(AP, exampleAlertingProfile)).toEqual({ kind: 'zones', ids: [EXAMPLE_ZONE_ID], names: [],
      refs: [{ id: EXAMPLE_ZONE_ID, path: 'managementZone' }] });
    expect(managementZoneIdsOf(AP, { ...exampleAlertingProfile, managementZone: null }).kind).toBe('global');
    expect(managementZoneIdsOf(AP, { managementZone: 7 }).kind).toBe('unknown');
  });
  it('resolves problem notifications through their alerting profile', () => {
    expect(managementZoneIdsOf(PN, exampleProblemNotification)).toEqual(expect.objectContaining({ kind: 'via-alerting-profile', alertingProfileId: EXAMPLE_ALERTING_PROFILE_ID }));
    expect(alertingProfileOf(exampleProblemNotification)).toBe(EXAMPLE_ALERTING_PROFILE_ID);
    expect(alertingProfileOf({})).toBeUndefined();
  });
  it('lists the metric-event query zone and its MANAGEMENT_ZONE entity conditions', () => {
    const value = JSON.parse(JSON.stringify(exampleMetricEvent));
    value.queryDefinition.entityFilter.conditions.push({ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: '42' }, { type: 'TAG', value: 'x' });
    const scope = managementZoneIdsOf(ME, value);
    expect(scope.ids).toEqual([EXAMPLE_ZONE_ID, '42']);
    expect(scope.kind === 'zones' && scope.refs.map((r) => r.path)).toEqual(['queryDefinition/managementZone',
      'queryDefinition/entityFilter/conditions/0/value', 'queryDefinition/entityFilter/conditions/1/value']);
    value.queryDefinition.managementZone = null;
    expect(managementZoneIdsOf(ME, value).kind).toBe('global');
  });
  it('collects all maintenance-window filter zones; one zone-less filter makes the window global', () => {
    const two = { ...exampleMaintenanceWindow, filters: [{ managementZones: ['1', '2'] }, { managementZones: ['2', '3'] }] };
    expect(managementZoneIdsOf(MW, two).ids).toEqual(['1', '2', '3']);
    expect(managementZoneIdsOf(MW, { ...two, filters: [...two.filters, { entityTags: ['a'] }] })).toEqual(expect.objectContaining({ kind: 'global', path: 'filters/2/managementZones' }));
    expect(managementZoneIdsOf(MW, { ...two, filters: [] }).kind).toBe('global');
  });
  it('parses SLO selectors into ids and names; malformed selectors are unknown', () => {
    expect(managementZoneIdsOf(SLO, exampleSlo)).toEqual(expect.objectContaining({ kind: 'zones', ids: [], names: [EXAMPLE_ZONE_NAME] }));
    expect(managementZoneIdsOf(SLO, { filter: 'mzId(1),mzName("A ~"B~"")' })).toEqual(expect.objectContaining({ ids: ['1'], names: ['A "B"'] }));
    expect(managementZoneIdsOf(SLO, { filter: 'type(SERVICE)' }).kind).toBe('global');
    expect(managementZoneIdsOf(SLO, { filter: 'mzName("x' }).kind).toBe('unknown');
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.constantFrom(...ALERTING_SCHEMA_IDS, 'x'), fc.jsonValue(), (id, v) => {
      expect(['zones', 'global', 'unknown', 'via-alerting-profile']).toContain(managementZoneIdsOf(id, v).kind);
      summaryOf(id, v); displayNameOf(id, v); notificationTargetsOf(v);
    }), { numRuns: 1000 });
  });
});

describe('names and summaries', () => {
  it('knows each schema name field', () => {
    expect(ALERTING_SCHEMA_IDS.map(namePathOf)).toEqual(['name', 'displayName', 'summary', 'generalProperties/name', 'name']);
    expect(displayNameOf(MW, exampleMaintenanceWindow)).toBe('team-checkout: weekly database patching');
    expect(namePathOf('builtin:other')).toBeUndefined();
  });
  it('summarises with key facts', () => {
    expect(summaryOf(PN, exampleProblemNotification)).toBe('team-checkout: on-call email — EMAIL → checkout-oncall@example.com, checkout-lead@example.com');
    expect(summaryOf(ME, exampleMetricEvent)).toBe('team-checkout: checkout error rate high — builtin:service.errors.total.rate, above 5');
    expect(summaryOf(MW, exampleMaintenanceWindow)).toBe('team-checkout: weekly database patching — weekly sunday 02:00:00, detect problems dont alert');
    expect(summaryOf(SLO, exampleSlo)).toBe('team-checkout: checkout availability — target 99.5%, warning 99.8%, -1w');
    expect(summaryOf(AP, exampleAlertingProfile)).toContain('severities AVAILABILITY, ERRORS, PERFORMANCE');
    for (const [id, v] of Object.entries(exampleValues)) expect(summaryOf(id, v).length).toBeGreaterThan(0);
  });
});

describe('notificationTargetsOf', () => {
  it('lists email recipients with paths', () => {
    expect(notificationTargetsOf(exampleProblemNotification).targets).toEqual([
      { kind: 'email', value: 'checkout-oncall@example.com', path: 'emailNotification/recipients/0' },
      { kind: 'email', value: 'checkout-lead@example.com', path: 'emailNotification/ccRecipients/0' },
    ]);
  });
  it('reports webhook hosts, and unknown for masked or bad URLs', () => {
    expect(notificationTargetsOf(exampleWebhookNotification).targets).toEqual([{ kind: 'webhook-host', value: 'hooks.example.com', path: 'webHookNotification/url' }]);
    expect(notificationTargetsOf({ type: 'SLACK', slackNotification: { channel: '#alerts', url: '********' } }).targets)
      .toEqual([{ kind: 'slack-channel', value: '#alerts', path: 'slackNotification/channel' }, { kind: 'unknown', value: '********', path: 'slackNotification/url' }]);
    expect(notificationTargetsOf({ type: 'JIRA', jiraNotification: { url: 'https://jira.example.com' } }).targets[0]!.kind).toBe('jira-url');
  });
});

describe('catalog', () => {
  it('describes the five schemas and their forced fields', () => {
    expect(schemaCatalog.map((e) => e.schemaId)).toEqual([...ALERTING_SCHEMA_IDS]);
    for (const e of schemaCatalog) expect(e.namePath).toBe(namePathOf(e.schemaId));
    expect(Object.keys(forcedFields).sort()).toEqual([...ALERTING_SCHEMA_IDS].sort());
  });
});
