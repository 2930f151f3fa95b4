/**
 * The common fields each schema's form shows (the JSON editor covers the full value). Which
 * property means what comes from the schema definitions in lib/settings-schemas, and which one
 * holds the zone from lib/alerting; this file only decides layout: label, path, and the kind of
 * control.
 */
import { NOTIFICATION_TYPES, NOTIFICATION_TYPE_LABELS, ZONE_FIELDS, type ZoneField } from '../../../../lib/alerting';
import type { AlertingSchemaId } from '../../../../lib/contracts';

export type FieldKind =
  | { kind: 'text'; multiline?: boolean }
  | { kind: 'secret' }
  /** `metricUnit`: compared in the unit of the metric event's metric, which is shown beside it */
  | { kind: 'number'; min?: number; max?: number; metricUnit?: boolean }
  | { kind: 'checkbox' }
  | { kind: 'choice'; options: Array<[value: string, label: string]> }
  /** a list of strings edited as comma-separated text (e-mail recipients, tags) */
  | { kind: 'list' }
  /** one management-zone id from the team's zones */
  | { kind: 'zone' }
  /** a list of management-zone ids from the team's zones */
  | { kind: 'zones' }
  /** `mzName("…")` inside an entity selector, chosen from the team's zones */
  | { kind: 'selector-zone' }
  /** objectId of one of the team's alerting profiles */
  | { kind: 'alerting-profile' }
  /** a metric key from the metrics catalog (components/metric-picker) */
  | { kind: 'metric-key' };

export type FormField = FieldKind & {
  path: string;
  label: string;
  /** shown only when the value at `when.path` equals `when.equals` */
  when?: { path: string; equals: unknown };
  hint?: string;
};

const NOTIFICATION_TYPE_OPTIONS: Array<[string, string]> = NOTIFICATION_TYPES.map((t) => [t, NOTIFICATION_TYPE_LABELS[t] ?? t]);

const PICKER_OF_ZONE_FIELD = { 'zone-id': 'zone', 'zone-ids': 'zones', 'selector-zone-name': 'selector-zone', 'alerting-profile': 'alerting-profile' } as const satisfies Record<ZoneField['kind'], FieldKind['kind']>;

/** The schema's zone picker, at the field that holds the zone. */
function zonePicker(schemaId: AlertingSchemaId, label: string, hint?: string): FormField {
  const field = ZONE_FIELDS[schemaId];
  return { path: field.path, label, kind: PICKER_OF_ZONE_FIELD[field.kind], ...(hint ? { hint } : {}) };
}

export const FORM_FIELDS: Record<AlertingSchemaId, FormField[]> = {
  'builtin:alerting.profile': [
    { path: 'name', label: 'Name', kind: 'text' },
    zonePicker('builtin:alerting.profile', 'Management zone'),
  ],
  'builtin:problem.notifications': [
    { path: 'displayName', label: 'Display name', kind: 'text' },
    { path: 'enabled', label: 'Enabled', kind: 'checkbox' },
    zonePicker('builtin:problem.notifications', 'Alerting profile', 'the notification belongs to the zone of its alerting profile'),
    { path: 'type', label: 'Notification type', kind: 'choice', options: NOTIFICATION_TYPE_OPTIONS },
    { path: 'emailNotification.recipients', label: 'Recipients', kind: 'list', hint: 'comma-separated e-mail addresses', when: { path: 'type', equals: 'EMAIL' } },
    { path: 'emailNotification.subject', label: 'Subject', kind: 'text', when: { path: 'type', equals: 'EMAIL' } },
    { path: 'webHookNotification.url', label: 'Webhook URL', kind: 'secret', when: { path: 'type', equals: 'WEBHOOK' } },
    { path: 'slackNotification.url', label: 'Slack webhook URL', kind: 'secret', when: { path: 'type', equals: 'SLACK' } },
    { path: 'slackNotification.channel', label: 'Slack channel', kind: 'text', when: { path: 'type', equals: 'SLACK' } },
  ],
  'builtin:anomaly-detection.metric-events': [
    { path: 'summary', label: 'Summary', kind: 'text' },
    { path: 'enabled', label: 'Enabled', kind: 'checkbox' },
    zonePicker('builtin:anomaly-detection.metric-events', 'Management zone'),
    { path: 'queryDefinition.metricKey', label: 'Metric key', kind: 'metric-key', when: { path: 'queryDefinition.type', equals: 'METRIC_KEY' } },
    { path: 'queryDefinition.metricSelector', label: 'Metric selector', kind: 'text', when: { path: 'queryDefinition.type', equals: 'METRIC_SELECTOR' } },
    { path: 'modelProperties.threshold', label: 'Threshold', kind: 'number', metricUnit: true, when: { path: 'modelProperties.type', equals: 'STATIC_THRESHOLD' } },
    { path: 'modelProperties.alertCondition', label: 'Alert condition', kind: 'choice', options: [['ABOVE', 'Above'], ['BELOW', 'Below'], ['OUTSIDE', 'Outside']] },
    { path: 'eventTemplate.title', label: 'Event title', kind: 'text' },
  ],
  'builtin:alerting.maintenance-window': [
    { path: 'generalProperties.name', label: 'Name', kind: 'text' },
    { path: 'enabled', label: 'Enabled', kind: 'checkbox' },
    {
      path: 'generalProperties.suppression', label: 'Problem detection and alerting', kind: 'choice',
      options: [['DETECT_PROBLEMS_AND_ALERT', 'Detect problems and alert'], ['DETECT_PROBLEMS_DONT_ALERT', 'Detect problems but don’t alert'], ['DONT_DETECT_PROBLEMS', 'Don’t detect problems']],
    },
    zonePicker('builtin:alerting.maintenance-window', 'Management zones'),
  ],
  'builtin:monitoring.slo': [
    { path: 'name', label: 'Name', kind: 'text' },
    { path: 'enabled', label: 'Enabled', kind: 'checkbox' },
    zonePicker('builtin:monitoring.slo', 'Management zone', 'sets mzName(…) in the entity selector'),
    { path: 'filter', label: 'Entity selector', kind: 'text', multiline: true },
    { path: 'metricExpression', label: 'Metric expression', kind: 'text', multiline: true },
    { path: 'targetSuccess', label: 'Target (%)', kind: 'number', min: 0, max: 100 },
    { path: 'targetWarning', label: 'Warning (%)', kind: 'number', min: 0, max: 100 },
  ],
};
