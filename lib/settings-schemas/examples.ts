/**
 * One valid example value per schema (realistic, every required property set), reused by the
 * demo tenant and by tests. They reference `EXAMPLE_ZONE_ID` / `EXAMPLE_ZONE_NAME` and the
 * alerting profile `EXAMPLE_ALERTING_PROFILE_ID`; a context must make those exist.
 */

export const EXAMPLE_ZONE_ID = '-189204438944455158';
export const EXAMPLE_ZONE_NAME = 'team-checkout';
// eslint-disable-next-line noSecrets/no-secrets -- a Settings objectId (base64 of schema and scope), not a secret
export const EXAMPLE_ALERTING_PROFILE_ID = 'vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ';

export const exampleAlertingProfile = {
  name: 'team-checkout: production problems',
  managementZone: EXAMPLE_ZONE_ID,
  severityRules: [
    { severityLevel: 'AVAILABILITY', delayInMinutes: 0, tagFilterIncludeMode: 'NONE' },
    { severityLevel: 'ERRORS', delayInMinutes: 5, tagFilterIncludeMode: 'INCLUDE_ANY', tagFilter: ['env:prod', 'team:checkout'] },
    { severityLevel: 'PERFORMANCE', delayInMinutes: 30, tagFilterIncludeMode: 'NONE' },
  ],
  eventFilters: [
    { type: 'PREDEFINED', predefinedFilter: { eventType: 'OSI_HIGH_CPU', negate: true } },
    {
      type: 'CUSTOM',
      customFilter: {
        titleFilter: { operator: 'CONTAINS', value: 'checkout', negate: false, enabled: true, caseSensitive: false },
      },
    },
  ],
};

export const exampleProblemNotification = {
  enabled: true,
  type: 'EMAIL',
  displayName: 'team-checkout: on-call email',
  alertingProfile: EXAMPLE_ALERTING_PROFILE_ID,
  emailNotification: {
    recipients: ['checkout-oncall@example.com'],
    ccRecipients: ['checkout-lead@example.com'],
    bccRecipients: [],
    subject: '{State} Problem {ProblemID}: {ImpactedEntity}',
    body: '{ProblemDetailsHTML}',
    notifyClosedProblems: true,
  },
};

export const exampleWebhookNotification = {
  enabled: true,
  type: 'WEBHOOK',
  displayName: 'team-checkout: incident webhook',
  alertingProfile: EXAMPLE_ALERTING_PROFILE_ID,
  webHookNotification: {
    url: 'https://hooks.example.com/dynatrace/checkout',
    acceptAnyCertificate: false,
    notifyEventMergesEnabled: false,
    notifyClosedProblems: true,
    headers: [
      { name: 'X-Team', secret: false, value: 'checkout' },
      { name: 'Authorization', secret: true, secretValue: 'Bearer s3cr3t-token' },
    ],
    payload: '{"State":"{State}","ProblemID":"{ProblemID}"}',
  },
};

export const exampleMetricEvent = {
  enabled: true,
  summary: 'team-checkout: checkout error rate high',
  queryDefinition: {
    type: 'METRIC_KEY',
    metricKey: 'builtin:service.errors.total.rate',
    aggregation: 'AVG',
    managementZone: EXAMPLE_ZONE_ID,
    dimensionFilter: [],
    entityFilter: {
      dimensionKey: 'dt.entity.service',
      conditions: [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: EXAMPLE_ZONE_ID }],
    },
  },
  modelProperties: {
    type: 'STATIC_THRESHOLD',
    threshold: 5,
    alertCondition: 'ABOVE',
    alertOnNoData: false,
    samples: 5,
    violatingSamples: 3,
    dealertingSamples: 5,
  },
  eventTemplate: {
    title: 'Checkout error rate above 5%',
    description: 'The {metricname} value was {alert_condition} normal behavior.',
    eventType: 'ERROR',
    davisMerge: true,
    metadata: [{ metadataKey: 'team', metadataValue: 'checkout' }],
  },
  eventEntityDimensionKey: 'dt.entity.service',
};

export const exampleMaintenanceWindow = {
  enabled: true,
  generalProperties: {
    name: 'team-checkout: weekly database patching',
    description: 'Patch window for the checkout database',
    maintenanceType: 'PLANNED',
    suppression: 'DETECT_PROBLEMS_DONT_ALERT',
    disableSyntheticMonitorExecution: false,
  },
  schedule: {
    scheduleType: 'WEEKLY',
    weeklyRecurrence: {
      dayOfWeek: 'SUNDAY',
      timeWindow: { startTime: '02:00:00', endTime: '04:00:00', timeZone: 'Europe/Vienna' },
      recurrenceRange: { scheduleStartDate: '2025-01-05', scheduleEndDate: '2025-12-28' },
    },
  },
  filters: [{ entityType: 'HOST', entityTags: ['db:checkout'], managementZones: [EXAMPLE_ZONE_ID] }],
};

export const exampleSlo = {
  enabled: true,
  name: 'team-checkout: checkout availability',
  customDescription: 'Share of successful checkout requests',
  metricName: 'team_checkout_availability',
  metricExpression: '(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())',
  evaluationType: 'AGGREGATE',
  filter: `type("SERVICE"),mzName("${EXAMPLE_ZONE_NAME}")`,
  evaluationWindow: '-1w',
  targetSuccess: 99.5,
  targetWarning: 99.8,
  errorBudgetBurnRate: { burnRateVisualizationEnabled: true, fastBurnThreshold: 10 },
};

export const exampleManagementZone = {
  name: EXAMPLE_ZONE_NAME,
  description: 'Everything the checkout team runs',
  rules: [
    { enabled: true, type: 'SELECTOR', entitySelector: 'type(SERVICE),tag("team:checkout")' },
    {
      enabled: true, type: 'ME',
      attributeRule: {
        entityType: 'HOST',
        conditions: [{ key: 'HOST_GROUP_NAME', operator: 'EQUALS', stringValue: 'checkout-prod', caseSensitive: true }],
      },
    },
  ],
};

/** schemaId → example value. */
export const exampleValues: Record<string, Record<string, unknown>> = {
  'builtin:alerting.profile': exampleAlertingProfile,
  'builtin:problem.notifications': exampleProblemNotification,
  'builtin:anomaly-detection.metric-events': exampleMetricEvent,
  'builtin:alerting.maintenance-window': exampleMaintenanceWindow,
  'builtin:monitoring.slo': exampleSlo,
  'builtin:management-zones': exampleManagementZone,
};
