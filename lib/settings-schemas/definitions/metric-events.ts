/** The project's definition of `builtin:anomaly-detection.metric-events` (v1.0.19), from facts §1.5. */
import {
  and, bool, enumOf, enumRef, eq, float, integer, isNull, item, len, listOf, not, notBlank,
  objectType, pattern, range, ref, setOf, text, typeRef, validator,
} from '../builders';
import { MZ_NUMERIC_ID, NO_BRACES, NO_BRACES_MESSAGE } from '../patterns';
import type { SchemaDefinition } from '../types';

const ds = 'datasource';
const metricKeyQuery = and(eq('type', 'METRIC_KEY'), not(isNull('metricKey')));
const FILTER_OPERATORS: Array<[string, string]> = [['EQUALS', 'equals'], ['DOES_NOT_EQUAL', 'does not equal'],
  ['STARTS_WITH', 'starts with'], ['DOES_NOT_START_WITH', 'does not start with'],
  ['CONTAINS_CASE_SENSITIVE', 'contains (case-sensitive)'], ['DOES_NOT_CONTAIN_CASE_SENSITIVE', 'does not contain (case-sensitive)']];

export const metricEventsSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:anomaly-detection.metric-events',
  version: '1.0.19',
  displayName: 'Metric events',
  description: 'Detect anomalies in metric timeseries with static thresholds or baselines and raise events.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 10000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:anomaly-detection'],
  properties: {
    enabled: bool('Enabled', { default: true }),
    summary: text('Summary', { default: '', constraints: [len(2, 500)] }),
    queryDefinition: ref(typeRef('QueryDefinition'), 'Query definition'),
    modelProperties: ref(typeRef('ModelProperties'), 'Monitoring strategy'),
    eventTemplate: ref(typeRef('EventTemplate'), 'Event template'),
    eventEntityDimensionKey: text('Dimension key of entity for events', { nullable: true, subType: ds, constraints: [len(1, 500)] }),
    legacyId: text('Config id', { nullable: true, modificationPolicy: 'NEVER', constraints: [len(1, 500)] }),
  },
  types: {
    QueryDefinition: objectType('QueryDefinition', {
      type: ref(enumRef('Type'), 'Type', { default: 'METRIC_KEY' }),
      metricSelector: text('Metric selector', {
        default: '', subType: 'metric-no-validator', precondition: eq('type', 'METRIC_SELECTOR'),
        constraints: [validator('metric-event-selector-validator'), len(1, 10000)],
      }),
      metricKey: text('Metric key', { default: '', subType: ds, precondition: eq('type', 'METRIC_KEY'), constraints: [len(1, 1000)] }),
      aggregation: ref(enumRef('Aggregation'), 'Aggregation', { default: 'AVG', subType: ds, precondition: eq('type', 'METRIC_KEY') }),
      queryOffset: integer('Query offset', { nullable: true, constraints: [range(1, 60)] }),
      managementZone: text('Management zone', {
        nullable: true, subType: 'config', referencedType: 'ManagementZone',
        description: 'Numeric id of the management zone the query is restricted to.',
        constraints: [pattern(MZ_NUMERIC_ID), len(1, 500)],
      }),
      dimensionFilter: listOf(item(typeRef('DimensionFilter')), 'Dimension filter', { max: 50, precondition: metricKeyQuery }),
      entityFilter: ref(typeRef('EntityFilter'), 'Entities', { precondition: metricKeyQuery }),
    }),
    DimensionFilter: objectType('DimensionFilter', {
      dimensionKey: text('Dimension key', { default: '', subType: ds, constraints: [notBlank, len(1, 500)] }),
      dimensionValue: text('Dimension value', { default: '', subType: ds, constraints: [notBlank, len(1, 1000)] }),
      operator: ref(enumRef('DimensionFilterOperator'), 'Operator', { nullable: true, subType: ds }),
    }, [validator('metric-event-dimension-filter-values-validator')]),
    EntityFilter: objectType('EntityFilter', {
      dimensionKey: text('Dimension key of entity type', { nullable: true, subType: ds, constraints: [len(1, 500)] }),
      conditions: listOf(item(typeRef('EntityFilterCondition')), 'Conditions', { max: 100 }),
    }, [validator('metric-event-entity-filter-validator')]),
    EntityFilterCondition: objectType('EntityFilterCondition', {
      type: ref(enumRef('EntityFilterType'), 'Filter type', { default: 'ENTITY_ID', subType: ds }),
      operator: ref(enumRef('EntityFilterOperator'), 'Operator', { default: 'EQUALS', subType: ds }),
      value: text('Value', { default: '', subType: ds, constraints: [len(1, 1000)] }),
    }, [validator('metric-event-entity-filter-values-validator')]),
    ModelProperties: objectType('ModelProperties', {
      type: ref(enumRef('ModelType'), 'Model type', { default: 'STATIC_THRESHOLD', subType: ds }),
      threshold: float('Threshold', { default: 1, precondition: eq('type', 'STATIC_THRESHOLD') }),
      signalFluctuation: float('Number of signal fluctuations', {
        default: 1, precondition: eq('type', 'AUTO_ADAPTIVE_THRESHOLD'), constraints: [range(0, 10)],
      }),
      tolerance: float('Tolerance', { default: 4, precondition: eq('type', 'SEASONAL_BASELINE'), constraints: [range(0.1, 10)] }),
      alertCondition: ref(enumRef('AlertCondition'), 'Alert condition', { default: 'ABOVE', subType: ds }),
      alertOnNoData: bool('Alert on missing data', { default: false }),
      samples: integer('Sliding window', { default: 5, constraints: [range(3, 60)] }),
      violatingSamples: integer('Violating samples', { default: 3, constraints: [range(1, 60)] }),
      dealertingSamples: integer('Dealerting samples', { default: 5, constraints: [range(3, 60)] }),
    }, [validator('metric-event-alerting-model-validator')]),
    EventTemplate: objectType('EventTemplate', {
      title: text('Title', { default: '', subType: 'event_template_variable_placeholder', constraints: [len(2, 500)] }),
      description: text('Description', {
        default: 'The {metricname} value was {alert_condition} normal behavior.',
        subType: 'event_template_variable_placeholder', constraints: [len(undefined, 5000)],
      }),
      eventType: ref(enumRef('EventTypeEnum'), 'Event type', { default: 'CUSTOM_ALERT' }),
      davisMerge: bool('Allow merge', { default: true, precondition: not(eq('eventType', 'INFO')) }),
      metadata: setOf(item(typeRef('MetadataItem')), 'Properties', { max: 30 }),
    }),
    MetadataItem: objectType('MetadataItem', {
      metadataKey: text('Key', {
        default: '', subType: 'event_template_property_key',
        constraints: [notBlank, validator('event-property-key-validator'), pattern(NO_BRACES, NO_BRACES_MESSAGE), len(1, 500)],
      }),
      metadataValue: text('Value', { default: '', subType: 'event_template_variable_placeholder', constraints: [notBlank, len(1, 500)] }),
    }),
  },
  enums: {
    Type: enumOf('Type', [['METRIC_KEY', 'Metric key'], ['METRIC_SELECTOR', 'Metric selector']]),
    Aggregation: enumOf('Aggregation', [['MIN', 'Minimum'], ['MAX', 'Maximum'], ['SUM', 'Sum'], ['COUNT', 'Count'],
      ['AVG', 'Average'], ['VALUE', 'Value'], ['MEDIAN', 'Median'], ['PERCENTILE90', '90th percentile']]),
    AlertCondition: enumOf('AlertCondition', [['ABOVE', 'Alert if above'], ['BELOW', 'Alert if below'], ['OUTSIDE', 'Alert if outside']]),
    DimensionFilterOperator: enumOf('DimensionFilterOperator', FILTER_OPERATORS),
    EntityFilterOperator: enumOf('EntityFilterOperator', [...FILTER_OPERATORS,
      ['CONTAINS_CASE_INSENSITIVE', 'contains (any case)'], ['DOES_NOT_CONTAIN_CASE_INSENSITIVE', 'does not contain (any case)']]),
    EntityFilterType: enumOf('EntityFilterType', [['NAME', 'Name'], ['ENTITY_ID', 'Entity'], ['MANAGEMENT_ZONE', 'Management zone'],
      ['TAG', 'Tag'], ['HOST_NAME', 'Host name'], ['HOST_GROUP_NAME', 'Host group name'], ['PROCESS_GROUP_NAME', 'Process group name'],
      ['PROCESS_GROUP_ID', 'Process group'], ['CUSTOM_DEVICE_GROUP_NAME', 'Custom device group name']]),
    EventTypeEnum: enumOf('EventTypeEnum', [['INFO', 'Info'], ['ERROR', 'Error'], ['AVAILABILITY', 'Availability'],
      ['SLOWDOWN', 'Slowdown'], ['RESOURCE', 'Resource'], ['CUSTOM_ALERT', 'Custom alert'], ['CUSTOM_ANNOTATION', 'Custom annotation'],
      ['CUSTOM_CONFIGURATION', 'Custom configuration'], ['CUSTOM_DEPLOYMENT', 'Custom deployment'],
      ['MARKED_FOR_TERMINATION', 'Marked for termination'], ['WARNING', 'Warning']]),
    ModelType: enumOf('ModelType', [['STATIC_THRESHOLD', 'Static threshold'],
      ['AUTO_ADAPTIVE_THRESHOLD', 'Auto-adaptive threshold'], ['SEASONAL_BASELINE', 'Seasonal baseline']]),
  },
  constraints: [
    validator('metric-event-model-type-validator'),
    validator('metric-event-alert-on-missing-data-validator'),
    validator('metric-event-validator'),
    validator('metric-event-dimension-filter-validator'),
  ],
  schemaConstraints: [validator('metric-event-config-count-validator')],
};
