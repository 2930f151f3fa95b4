/** The project's definition of `builtin:alerting.profile` (v8.6.3), written from facts §1.3. */
import {
  bool, enumOf, enumRef, integer, item, len, notBlank, objectType, pattern, range, ref, setOf,
  setting, text, typeRef, validator, eq, isIn,
} from '../builders';
import { MSG_ALERTING_PROFILE_MZ, MSG_DEFAULT_PROFILE_NAME, MSG_DEFINE_ONE_FILTER, MSG_INVALID_REGEX } from '../messages';
import { NO_BRACES, NO_BRACES_MESSAGE } from '../patterns';
import type { SchemaDefinition } from '../types';
import { EVENT_TYPES } from './event-types';

const DEFAULT_SEVERITY_RULES = [
  ['MONITORING_UNAVAILABLE', 0], ['AVAILABILITY', 0], ['ERRORS', 0],
  ['PERFORMANCE', 30], ['RESOURCE_CONTENTION', 30], ['CUSTOM_ALERT', 0],
].map(([severityLevel, delayInMinutes]) => ({ severityLevel, delayInMinutes, tagFilterIncludeMode: 'NONE' }));

const textFilter = objectType('TextFilter', {
  operator: ref(enumRef('ComparisonOperator'), 'Operator', { default: 'CONTAINS' }),
  value: text('Value', { default: '', constraints: [len(1, 1000)] }),
  negate: bool('Negate', { default: false }),
  enabled: bool('Enabled', { default: true }),
  caseSensitive: bool('Case sensitive', { default: false }),
}, [
  validator('alerting-profile-text-filter-regex-validator', MSG_INVALID_REGEX),
  validator('alerting-profile-text-filter-dangerous-regex-validator'),
]);

export const alertingProfileSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:alerting.profile',
  version: '8.6.3',
  displayName: 'Problem alerting profiles',
  description: 'Alerting profiles filter which problems are sent to problem notifications, by severity, delay, tags, events and management zone.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 1000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:alerting'],
  properties: {
    name: text('Name', { default: '', constraints: [len(1, 100)] }),
    managementZone: setting('Management zone', 'builtin:management-zones', {
      nullable: true,
      description: 'Entities in this management zone match the profile (numeric management-zone id).',
    }),
    severityRules: setOf(item(typeRef('AlertingProfileSeverityRule')), 'Severity rules', {
      max: 100, default: DEFAULT_SEVERITY_RULES,
    }),
    eventFilters: setOf(item(typeRef('AlertingProfileEventFilter')), 'Event filters', { max: 100 }),
  },
  types: {
    AlertingProfileSeverityRule: objectType('AlertingProfileSeverityRule', {
      severityLevel: ref(enumRef('SeverityLevel'), 'Problem severity level', { default: 'AVAILABILITY' }),
      delayInMinutes: integer('Problem send delay in minutes', { default: 0, constraints: [range(0, 10000)] }),
      tagFilterIncludeMode: ref(enumRef('TagFilterIncludeMode'), 'Filter problems by tag', { default: 'NONE' }),
      tagFilter: setOf(
        item('text', { subType: 'tag', constraints: [validator('universal-tag-validator'), len(1, 500)] }),
        'Tags', { min: 1, max: 100, precondition: isIn('tagFilterIncludeMode', ['INCLUDE_ANY', 'INCLUDE_ALL']) },
      ),
    }, undefined, '{severityLevel} alert (After {delayInMinutes} mins; {tagFilterIncludeMode} {tagFilter})'),
    AlertingProfileEventFilter: objectType('AlertingProfileEventFilter', {
      type: ref(enumRef('AlertingProfileEventFilterType'), 'Filter problems by any event of source', { default: 'PREDEFINED' }),
      predefinedFilter: ref(typeRef('PredefinedEventFilter'), 'Predefined event filter', { precondition: eq('type', 'PREDEFINED') }),
      customFilter: ref(typeRef('CustomEventFilter'), 'Custom event filter', { precondition: eq('type', 'CUSTOM') }),
    }),
    PredefinedEventFilter: objectType('PredefinedEventFilter', {
      eventType: ref(enumRef('EventType'), 'Filter problems by any event of type', { default: 'OSI_HIGH_CPU' }),
      negate: bool('Negate', { default: false }),
    }),
    CustomEventFilter: objectType('CustomEventFilter', {
      titleFilter: ref(typeRef('TextFilter'), 'Title filter', { nullable: true }),
      descriptionFilter: ref(typeRef('TextFilter'), 'Description filter', { nullable: true }),
      metadataFilter: ref(typeRef('MetadataFilter'), 'Property filters', { nullable: true }),
    }, [{
      type: 'PROPERTY_COUNT_RANGE', properties: ['titleFilter', 'descriptionFilter', 'metadataFilter'],
      minimumPropertyCount: 1, customMessage: MSG_DEFINE_ONE_FILTER,
    }]),
    TextFilter: textFilter,
    MetadataFilter: objectType('MetadataFilter', {
      metadataFilterItems: setOf(item(typeRef('MetadataFilterItem')), 'Define filters for event properties', {
        min: 1, max: 20, constraints: [validator('alerting-profile-distinct-metadata-filters-validator')],
      }),
    }),
    MetadataFilterItem: objectType('MetadataFilterItem', {
      metadataKey: text('Key', {
        default: '', subType: 'event_template_property_key',
        constraints: [notBlank, validator('event-property-key-validator'), pattern(NO_BRACES, NO_BRACES_MESSAGE), len(1, 500)],
      }),
      metadataValue: text('Value', { default: '', constraints: [notBlank, len(1, 500)] }),
      negate: bool('Negate', { default: false }),
    }),
  },
  enums: {
    SeverityLevel: enumOf('SeverityLevel', [
      ['AVAILABILITY', 'Availability'], ['CUSTOM_ALERT', 'Custom'], ['ERRORS', 'Error'],
      ['MONITORING_UNAVAILABLE', 'Monitoring unavailable'], ['PERFORMANCE', 'Slowdown'], ['RESOURCE_CONTENTION', 'Resource'],
    ]),
    TagFilterIncludeMode: enumOf('TagFilterIncludeMode', [
      ['NONE', 'Include all entities'], ['INCLUDE_ANY', 'Only include entities that have any tags'],
      ['INCLUDE_ALL', 'Only include entities that have all tags'],
    ]),
    AlertingProfileEventFilterType: enumOf('AlertingProfileEventFilterType', [['PREDEFINED', 'Predefined'], ['CUSTOM', 'Custom']]),
    ComparisonOperator: enumOf('ComparisonOperator', [
      ['BEGINS_WITH', 'begins with'], ['ENDS_WITH', 'ends with'], ['CONTAINS', 'contains'],
      ['REGEX_MATCHES', 'matches regex'], ['STRING_EQUALS', 'equals'],
    ]),
    EventType: enumOf('EventType', EVENT_TYPES),
  },
  constraints: [
    validator('alerting-profile-mz-validator', MSG_ALERTING_PROFILE_MZ),
    validator('alerting-profile-default-name-unchanged-validator', MSG_DEFAULT_PROFILE_NAME),
  ],
  schemaConstraints: [validator('alerting-profile-unique-complex-filters-validator')],
};
