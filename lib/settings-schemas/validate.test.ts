import {
  applyDefaults, messages, normalizeSettingsValue, permissiveContext, restrictedContext, schemaDefinitions,
  schemaStubs, validateSettingsValue,
} from './index';
import {
  EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleAlertingProfile, exampleMaintenanceWindow, exampleMetricEvent,
  exampleProblemNotification, exampleSlo, exampleValues, exampleWebhookNotification,
} from './examples';

const AP = 'builtin:alerting.profile';
const PN = 'builtin:problem.notifications';
const ME = 'builtin:anomaly-detection.metric-events';
const MW = 'builtin:alerting.maintenance-window';
const SLO = 'builtin:monitoring.slo';
const MZ = 'builtin:management-zones';
const ok = permissiveContext();
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const team = restrictedContext([EXAMPLE_ZONE_ID], [EXAMPLE_ZONE_ID, '42'], {
  managementZoneIdByName: (n) => (n === EXAMPLE_ZONE_NAME ? EXAMPLE_ZONE_ID : n === 'other' ? '42' : undefined),
});
const paths = (v: ReturnType<typeof validateSettingsValue>) => v.map((x) => x.path);

describe('schema definitions', () => {
  it('defines the five alerting schemas and management zones with their Dynatrace metadata', () => {
    expect(Object.keys(schemaDefinitions).sort()).toEqual([AP, ME, MW, PN, SLO, MZ].sort());
    for (const s of Object.values(schemaDefinitions)) {
      expect(s.allowedScopes).toEqual(['environment']);
      expect(s.multiObject).toBe(true);
      expect(s.ordered).toBe(false);
    }
    expect(schemaDefinitions[AP]!.maxObjects).toBe(1000);
    expect(schemaDefinitions[ME]!.properties.legacyId!.modificationPolicy).toBe('NEVER');
    expect(schemaDefinitions[PN]!.types.JiraNotification!.properties.url!.forceSecretResubmission).toBe(true);
  });

  it('lists schema stubs for GET /settings/schemas', () => {
    const stub = schemaStubs().find((s) => s.schemaId === SLO);
    expect(stub).toEqual(expect.objectContaining({ latestSchemaVersion: '6.0.14', multiObject: true, ownerBasedAccessControl: false }));
  });

  it('every $ref points at a defined type or enum', () => {
    for (const s of Object.values(schemaDefinitions)) {
      const refs = JSON.stringify(s).match(/"#\/(types|enums)\/[A-Za-z0-9]+"/g) ?? [];
      for (const r of refs) {
        const [, kind, name] = /#\/(types|enums)\/(\w+)/.exec(r)!;
        expect((s as unknown as Record<string, Record<string, unknown>>)[kind!]![name!]).toBeDefined();
      }
    }
  });
});

describe('validateSettingsValue: valid objects', () => {
  it.each(Object.entries(exampleValues))('accepts the %s example', (schemaId, value) => {
    expect(validateSettingsValue(schemaId, value, ok)).toEqual([]);
  });
  it.each(Object.entries(exampleValues).filter(([id]) => id !== MZ))('accepts the %s example from a team writer of its zone', (schemaId, value) => {
    expect(validateSettingsValue(schemaId, value, team)).toEqual([]);
  });
  it('accepts a webhook with secret headers', () => {
    expect(validateSettingsValue(PN, exampleWebhookNotification, ok)).toEqual([]);
  });
  it('rejects an unknown schema', () => {
    expect(validateSettingsValue('builtin:nope', {}, ok)[0]!.message).toBe("The specified schema doesn't exist.");
  });
});

describe('validateSettingsValue: violations', () => {
  it('rejects unknown properties and wrong types with paths', () => {
    const v = validateSettingsValue(AP, { ...exampleAlertingProfile, extra: 1, name: 5 }, ok);
    expect(v).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'extra', message: "Unknown property 'extra'." }),
      expect.objectContaining({ path: 'name', message: "Given property 'name' with value: '5' violates the following constraint: must be a string." }),
    ]));
    expect(v.every((x) => x.parameterLocation === 'PAYLOAD_BODY')).toBe(true);
  });

  it('reports the real message for an empty tag filter', () => {
    const value = clone(exampleAlertingProfile);
    value.severityRules[1]!.tagFilter = [];
    expect(validateSettingsValue(AP, value, ok)).toEqual([{
      path: 'severityRules/1/tagFilter', parameterLocation: 'PAYLOAD_BODY',
      message: "Given property 'tagFilter' with value: '0' violates the following constraint: fell below the collection's lower size limit which was set to 1.",
    }]);
  });

  it('checks enums, integers, ranges and null', () => {
    const value = clone(exampleAlertingProfile) as Record<string, unknown>;
    value.severityRules = [{ severityLevel: 'LOUD', delayInMinutes: 1.5, tagFilterIncludeMode: 'NONE' },
      { severityLevel: 'ERRORS', delayInMinutes: 10001, tagFilterIncludeMode: 'NONE' }];
    value.name = null;
    expect(paths(validateSettingsValue(AP, value, ok))).toEqual(
      ['name', 'severityRules/0/severityLevel', 'severityRules/0/delayInMinutes', 'severityRules/1/delayInMinutes']);
  });

  it('checks email addresses and URLs with the Dynatrace messages', () => {
    const mail = clone(exampleProblemNotification);
    mail.emailNotification.recipients = ['a@example.com', 'not-an-email'];
    expect(validateSettingsValue(PN, mail, ok)).toEqual([expect.objectContaining({ path: 'emailNotification/recipients/1', message: 'Email address is not valid' })]);
    const hook = clone(exampleWebhookNotification);
    hook.webHookNotification.url = 'ftp://files.example.com/x';
    expect(validateSettingsValue(PN, hook, ok)).toEqual([expect.objectContaining({ path: 'webHookNotification/url', message: 'Not a valid http(s) URL' })]);
    hook.webHookNotification.url = 'https://exa mple.com';
    expect(validateSettingsValue(PN, hook, ok)[0]!.message).toBe('Not a valid URI');
  });

  it('applies the PROPERTY_COUNT_RANGE of custom event filters', () => {
    const value = clone(exampleAlertingProfile) as Record<string, unknown>;
    value.eventFilters = [{ type: 'CUSTOM', customFilter: {} }];
    expect(validateSettingsValue(AP, value, ok)).toEqual([expect.objectContaining({ path: 'eventFilters/0/customFilter', message: 'Define at least one of the filters' })]);
  });

  it('requires an SLO warning above the target', () => {
    expect(validateSettingsValue(SLO, { ...exampleSlo, targetWarning: 99, targetSuccess: 99.5 }, ok))
      .toEqual([expect.objectContaining({ path: 'targetWarning', message: 'Warning must be larger than the target' })]);
  });

  it('requires a once-recurrence start before its end, and valid dates and zones', () => {
    const value = { ...clone(exampleMaintenanceWindow), schedule: { scheduleType: 'ONCE',
      onceRecurrence: { startTime: '2025-02-01T10:00:00', endTime: '2025-02-01T09:00:00', timeZone: 'UTC' } } };
    expect(validateSettingsValue(MW, value, ok)).toEqual([expect.objectContaining({ path: 'schedule/onceRecurrence/startTime', message: "'startTime' must be less than 'endTime'." })]);
    value.schedule.onceRecurrence = { startTime: '2025-02-30T10:00:00', endTime: '2025-03-01T09:00:00', timeZone: 'Mars/Base' };
    expect(paths(validateSettingsValue(MW, value, ok))).toEqual(['schedule/onceRecurrence/startTime', 'schedule/onceRecurrence/timeZone']);
  });

  it('validates the metric-event management zone pattern and existence', () => {
    const value = clone(exampleMetricEvent);
    value.queryDefinition.managementZone = 'team-a';
    expect(validateSettingsValue(ME, value, ok)).toEqual([expect.objectContaining({ path: 'queryDefinition/managementZone' })]);
    value.queryDefinition.managementZone = '777';
    expect(validateSettingsValue(ME, value, team)).toEqual([expect.objectContaining({ path: 'queryDefinition/managementZone', message: "Management zone with id '777' does not exist." })]);
  });

  it('requires referenced settings to exist', () => {
    const ctx = permissiveContext({ settingExists: () => false });
    expect(validateSettingsValue(PN, exampleProblemNotification, ctx)).toEqual([expect.objectContaining({ path: 'alertingProfile' })]);
    expect(validateSettingsValue(AP, exampleAlertingProfile, permissiveContext({ managementZoneExists: () => false })))
      .toEqual([expect.objectContaining({ path: 'managementZone' })]);
  });

  it('rejects a management zone name that is taken', () => {
    const ctx = permissiveContext({ managementZoneNameTaken: (name, except) => name === EXAMPLE_ZONE_NAME && except !== 'self', objectId: undefined });
    expect(validateSettingsValue(MZ, exampleValues[MZ], ctx)).toEqual([{ path: 'name', message: messages.MSG_MZ_NAME_TAKEN, parameterLocation: 'PAYLOAD_BODY' }]);
    expect(validateSettingsValue(MZ, exampleValues[MZ], { ...ctx, objectId: 'self' })).toEqual([]);
  });
});

describe('preconditions and defaults', () => {
  it('fills missing defaults and reports them', () => {
    const r = normalizeSettingsValue(AP, { name: 'x' }, ok);
    expect(r.violations).toEqual([]);
    expect(r.filledDefaults).toEqual(['severityRules', 'eventFilters']);
    expect((r.value as { severityRules: unknown[] }).severityRules).toHaveLength(6);
    expect(applyDefaults(SLO, { name: 'n' })).toEqual(expect.objectContaining({ targetSuccess: 99.98, evaluationWindow: '-1w' }));
  });

  it('uses the secret URL when urlContainsSecret and drops the inactive plain URL', () => {
    const value = clone(exampleWebhookNotification) as Record<string, any>;
    value.webHookNotification.urlContainsSecret = true;
    expect(paths(validateSettingsValue(PN, value, ok))).toEqual(['webHookNotification/secretUrl']);
    value.webHookNotification.secretUrl = 'https://hooks.example.com/secret-token';
    const r = normalizeSettingsValue(PN, value, ok);
    expect(r.violations).toEqual([]);
    expect((r.value as any).webHookNotification.url).toBeUndefined();
  });

  it('ignores notification settings of other types (type defaults to WEBHOOK)', () => {
    const { type: _t, ...rest } = clone(exampleProblemNotification);
    const r = normalizeSettingsValue(PN, { ...rest, webHookNotification: exampleWebhookNotification.webHookNotification }, ok);
    expect(r.violations).toEqual([]);
    expect((r.value as any).emailNotification).toBeUndefined();
  });

  it('evaluates NOT, AND, OR and NULL preconditions', () => {
    const sn = { type: 'SERVICE_NOW', displayName: 'sn', alertingProfile: 'p',
      serviceNowNotification: { url: null, username: 'u', password: 'p' } };
    expect(paths(validateSettingsValue(PN, sn, ok))).toEqual(['serviceNowNotification/instanceName']);
    const info = clone(exampleMetricEvent) as any;
    info.eventTemplate = { ...info.eventTemplate, eventType: 'INFO', davisMerge: 'not-a-boolean' };
    expect(validateSettingsValue(ME, info, ok)).toEqual([]); // davisMerge is inactive for INFO
    info.queryDefinition = { type: 'METRIC_SELECTOR', metricSelector: 'builtin:host.cpu.usage', entityFilter: 'ignored' };
    expect(validateSettingsValue(ME, info, ok)).toEqual([]);
  });

  it('reports a missing object as its missing parts', () => {
    const { eventTemplate: _e, ...rest } = clone(exampleMetricEvent);
    expect(paths(validateSettingsValue(ME, rest, ok))).toEqual(['eventTemplate/title']);
  });
});
