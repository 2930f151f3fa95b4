import { schemaDefinitions } from '../index';
import { objectFields, visibleFields, type FormField } from './fields';
import type { Props } from './schema-paths';

const schema = (id: string) => schemaDefinitions[id]!;
const top = (id: string) => objectFields(schema(id), '', schema(id).properties);
const field = (fields: FormField[], key: string) => fields.find((f) => f.key === key)!;
const typeFields = (id: string, pattern: string, type: string) => objectFields(schema(id), pattern, schema(id).types[type]!.properties as Props);

describe('objectFields', () => {
  it('offers every property of every type of the five schemas with a control of its own', () => {
    for (const id of Object.keys(schemaDefinitions)) {
      const s = schema(id);
      for (const [name, props] of [['', s.properties] as const, ...Object.entries(s.types).map(([n, t]) => [n, t.properties] as const)]) {
        const fields = objectFields(s, `test-${name}`, props);
        expect(fields.map((f) => f.key)).toEqual(Object.keys(props));
        for (const f of fields) expect(f.control.kind).toBeDefined();
      }
    }
  });

  it('turns enums into choices with their display names', () => {
    const rule = typeFields('builtin:alerting.profile', 'severityRules.*', 'AlertingProfileSeverityRule');
    expect(field(rule, 'severityLevel').control).toMatchObject({ kind: 'enum', options: expect.arrayContaining([{ value: 'PERFORMANCE', label: 'Slowdown' }]) });
  });

  it('words enum values the definition gives no display name', () => {
    const filter = typeFields('builtin:alerting.profile', 'eventFilters.*.predefinedFilter', 'PredefinedEventFilter');
    expect(field(filter, 'eventType').control).toMatchObject({ kind: 'enum', options: expect.arrayContaining([{ value: 'OSI_HIGH_CPU', label: 'OSI high CPU' }, { value: 'ESXI_HOST_DISK_SLOW', label: 'ESXi host disk slow' }]) });
  });

  it('gives numbers their range and unit (schema subtype or the unit table)', () => {
    const rule = typeFields('builtin:alerting.profile', 'severityRules.*', 'AlertingProfileSeverityRule');
    expect(field(rule, 'delayInMinutes').control).toEqual({ kind: 'number', integer: true, min: 0, max: 10000, unit: 'minutes' });
    expect(field(top('builtin:monitoring.slo'), 'targetSuccess').control).toEqual({ kind: 'number', integer: false, min: 0, max: 100, unit: '%' });
  });

  it('picks references (settings and zone ids held as text), lists of objects, of text and of references', () => {
    expect(field(top('builtin:alerting.profile'), 'managementZone').control).toEqual({ kind: 'reference', referencedType: 'builtin:management-zones' });
    const query = typeFields('builtin:anomaly-detection.metric-events', 'queryDefinition', 'QueryDefinition');
    expect(field(query, 'managementZone').control).toEqual({ kind: 'reference', referencedType: 'ManagementZone' });
    expect(field(top('builtin:alerting.profile'), 'severityRules').control).toMatchObject({ kind: 'object-list', ordered: false });
    const email = typeFields('builtin:problem.notifications', 'emailNotification', 'EmailNotification');
    expect(field(email, 'recipients')).toMatchObject({ required: true, minItems: 1, maxItems: 100, control: { kind: 'text-list', item: { control: { kind: 'text', subType: 'email' } } } });
    const filter = typeFields('builtin:alerting.maintenance-window', 'filters.*', 'Filter');
    expect(field(filter, 'managementZones').control).toMatchObject({ kind: 'reference-list', referencedType: 'builtin:management-zones' });
  });

  it('knows secrets, dates, times and time zones, and long texts', () => {
    const slack = typeFields('builtin:problem.notifications', 'slackNotification', 'SlackNotification');
    expect(field(slack, 'url').control.kind).toBe('secret');
    const once = typeFields('builtin:alerting.maintenance-window', 'schedule.onceRecurrence', 'OnceRecurrence');
    expect(once.map((f) => f.control.kind)).toEqual(['date-time', 'date-time', 'time-zone']);
    const webhook = typeFields('builtin:problem.notifications', 'webHookNotification', 'WebHookNotification');
    expect(field(webhook, 'payload').control).toMatchObject({ kind: 'text', multiline: true });
    expect(field(top('builtin:monitoring.slo'), 'name').control).toMatchObject({ kind: 'text', multiline: false });
  });

  it('marks what must be filled: texts that need characters and collections that need items, never nullable ones', () => {
    expect(field(top('builtin:alerting.profile'), 'name').required).toBe(true);
    expect(field(top('builtin:alerting.profile'), 'managementZone').required).toBe(false);
    expect(field(top('builtin:monitoring.slo'), 'customDescription').required).toBe(false);
  });
});

describe('visibleFields', () => {
  const notification = schema('builtin:problem.notifications');
  it('shows the sub-object of the chosen type only (EQUALS preconditions, defaults count)', () => {
    const shown = (value: Record<string, unknown>) => visibleFields(notification, '', notification.properties, value).map((f) => f.key).filter((k) => k.endsWith('Notification'));
    expect(shown({ type: 'SLACK' })).toEqual(['slackNotification']);
    // `type` left out: its default (WEBHOOK) decides
    expect(shown({})).toEqual(['webHookNotification']);
  });
  it('evaluates NULL/OR/NOT/AND preconditions as the platform does', () => {
    const webhook = notification.types.WebHookNotification!.properties as Props;
    const keys = (value: Record<string, unknown>) => visibleFields(notification, 'webHookNotification', webhook, value).map((f) => f.key);
    expect(keys({})).toContain('url');
    expect(keys({})).not.toContain('secretUrl');
    expect(keys({ urlContainsSecret: true })).toEqual(expect.arrayContaining(['secretUrl']));
    expect(keys({ urlContainsSecret: true })).not.toContain('url');
    const metric = schema('builtin:anomaly-detection.metric-events');
    const query = metric.types.QueryDefinition!.properties as Props;
    expect(visibleFields(metric, 'queryDefinition', query, { type: 'METRIC_SELECTOR' }).map((f) => f.key)).not.toContain('entityFilter');
    expect(visibleFields(metric, 'queryDefinition', query, { type: 'METRIC_KEY', metricKey: 'x' }).map((f) => f.key)).toContain('entityFilter');
  });
});
