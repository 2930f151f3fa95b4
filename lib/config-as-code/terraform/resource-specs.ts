/**
 * Terraform mappings of alerting profiles, metric events, maintenance windows and SLOs, from the
 * provider's Go structs (`MarshalHCL` keys) and `docs/resources/*.md` of
 * dynatrace-oss/terraform-provider-dynatrace @ d469f3d3 (paths in FORMATS.md). `legacyId` is
 * dropped: it is the Config API v1 id the server assigns, not something to set.
 */
import { attr, block, blocks, drop, snake, wrapper, type ObjectSpec, type ResourceSpec } from './spec';

const textFilter: ObjectSpec = { ...snake('operator', 'value', 'negate', 'enabled', 'caseSensitive') };

/** `dynatrace_alerting` (`dynatrace/api/builtin/alerting/profile/settings/*.go`). */
export const alertingProfileResource: ResourceSpec = {
  type: 'dynatrace_alerting',
  spec: {
    name: attr('name'),
    managementZone: attr('management_zone'),
    severityRules: wrapper('rules', 'rule', {
      severityLevel: attr('severity_level'),
      delayInMinutes: attr('delay_in_minutes'),
      tagFilterIncludeMode: attr('include_mode'),
      tagFilter: attr('tags'),
    }),
    eventFilters: wrapper('filters', 'filter', {
      type: drop('given by which of `custom` / `predefined` is set'),
      predefinedFilter: block('predefined', { eventType: attr('type'), negate: attr('negate') }),
      customFilter: block('custom', {
        titleFilter: block('title', textFilter),
        descriptionFilter: block('description', textFilter),
        metadataFilter: block('metadata', {
          metadataFilterItems: wrapper('items', 'filter', { metadataKey: attr('key'), metadataValue: attr('value'), negate: attr('negate') }),
        }),
      }),
    }),
  },
};

/** `dynatrace_metric_events` (`dynatrace/api/builtin/anomalydetection/metricevents/settings/*.go`). */
export const metricEventsResource: ResourceSpec = {
  type: 'dynatrace_metric_events',
  spec: {
    ...snake('enabled', 'summary', 'eventEntityDimensionKey'),
    legacyId: drop('assigned by Dynatrace'),
    eventTemplate: block('event_template', {
      ...snake('title', 'description', 'eventType', 'davisMerge'),
      metadata: blocks('metadata', snake('metadataKey', 'metadataValue')),
    }),
    modelProperties: block('model_properties', snake(
      'alertCondition', 'alertOnNoData', 'dealertingSamples', 'samples', 'signalFluctuation', 'threshold', 'tolerance', 'type', 'violatingSamples',
    )),
    queryDefinition: block('query_definition', {
      ...snake('aggregation', 'managementZone', 'metricKey', 'metricSelector', 'queryOffset', 'type'),
      dimensionFilter: wrapper('dimension_filter', 'filter', snake('dimensionKey', 'dimensionValue', 'operator')),
      entityFilter: block('entity_filter', {
        dimensionKey: attr('dimension_key'),
        conditions: wrapper('conditions', 'condition', snake('operator', 'type', 'value')),
      }),
    }),
  },
};

const recurrenceRange = block('recurrence_range', { scheduleStartDate: attr('start_date'), scheduleEndDate: attr('end_date') });
const timeWindow = block('time_window', snake('startTime', 'endTime', 'timeZone'));

/** `dynatrace_maintenance` (`dynatrace/api/builtin/alerting/maintenancewindow/settings/*.go`). */
export const maintenanceResource: ResourceSpec = {
  type: 'dynatrace_maintenance',
  spec: {
    enabled: attr('enabled'),
    generalProperties: block('general_properties', {
      ...snake('name', 'description', 'suppression'),
      maintenanceType: attr('type'),
      disableSyntheticMonitorExecution: attr('disable_synthetic'),
    }),
    schedule: block('schedule', {
      scheduleType: attr('type'),
      onceRecurrence: block('once_recurrence', snake('startTime', 'endTime', 'timeZone')),
      dailyRecurrence: block('daily_recurrence', { recurrenceRange, timeWindow }),
      weeklyRecurrence: block('weekly_recurrence', { dayOfWeek: attr('day_of_week'), recurrenceRange, timeWindow }),
      monthlyRecurrence: block('monthly_recurrence', { dayOfMonth: attr('day_of_month'), recurrenceRange, timeWindow }),
    }),
    filters: wrapper('filters', 'filter', snake('entityType', 'entityId', 'entityTags', 'managementZones')),
  },
};

/** `dynatrace_slo_v2` (`dynatrace/api/builtin/monitoring/slo/settings/*.go`). */
export const sloResource: ResourceSpec = {
  type: 'dynatrace_slo_v2',
  spec: {
    ...snake('enabled', 'name', 'customDescription', 'metricName', 'metricExpression', 'evaluationType', 'filter',
      'evaluationWindow', 'targetSuccess', 'targetWarning'),
    legacyId: drop('assigned by Dynatrace'),
    errorBudgetBurnRate: block('error_budget_burn_rate', snake('burnRateVisualizationEnabled', 'fastBurnThreshold')),
  },
};
