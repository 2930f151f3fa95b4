/**
 * The project's definition of `builtin:management-zones` (v1.0.13), from facts §1.1. `name`,
 * `description` and `rules` are as documented; the rule types are a simplified subset (the real
 * attribute enum has ~200 values): attribute keys and entity types are validated as text, not enums.
 */
import {
  bool, enumOf, enumRef, eq, item, len, notBlank, objectType, ref, setOf, text, typeRef, validator,
} from '../builders';
import { MSG_MZ_NAME_TAKEN } from '../messages';
import type { SchemaDefinition } from '../types';

export const managementZonesSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:management-zones',
  version: '1.0.13',
  displayName: 'Management zones settings',
  description: 'Management zones define fine-grained access rights to parts of an environment. IAM conditions match zones by name; settings values store their numeric id.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 5000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:management-zones', 'group:preferences'],
  properties: {
    name: text('Management zone name', {
      default: '', constraints: [len(1, 100), notBlank],
      description: 'Be careful when renaming: IAM policies reference management zones by name.',
    }),
    description: text('Description', { nullable: true, constraints: [len(1, 1000)] }),
    rules: setOf(item(typeRef('Rule')), 'Rules', { max: 900 }),
  },
  types: {
    Rule: objectType('Rule', {
      enabled: bool('Enabled', { default: true }),
      type: ref(enumRef('RuleType'), 'Rule type', { default: 'SELECTOR' }),
      entitySelector: text('Entity selector', {
        default: '', precondition: eq('type', 'SELECTOR'),
        constraints: [notBlank, len(1, 10000), validator('entity-selector-validator')],
      }),
      attributeRule: ref(typeRef('AttributeRule'), 'Attribute rule', { precondition: eq('type', 'ME') }),
      dimensionRule: ref(typeRef('DimensionRule'), 'Dimension rule', { precondition: eq('type', 'DIMENSION') }),
    }),
    AttributeRule: objectType('ManagementZoneAttributeRule', {
      entityType: text('Rule applies to', { default: 'SERVICE', constraints: [len(1, 100)] }),
      conditions: setOf(item(typeRef('AttributeCondition')), 'Conditions', { min: 1, max: 30 }),
    }),
    AttributeCondition: objectType('AttributeCondition', {
      key: text('Property', { default: 'HOST_NAME', constraints: [len(1, 100)] }),
      operator: ref(enumRef('Operator'), 'Operator', { default: 'EQUALS' }),
      stringValue: text('Value', { nullable: true, constraints: [len(1, 150)] }),
      caseSensitive: bool('Case sensitive', { nullable: true }),
    }),
    DimensionRule: objectType('DimensionRule', {
      appliesTo: ref(enumRef('DimensionType'), 'Type', { default: 'METRIC' }),
      conditions: setOf(item(typeRef('DimensionCondition')), 'Conditions', { max: 100 }),
    }),
    DimensionCondition: objectType('DimensionCondition', {
      conditionType: ref(enumRef('DimensionConditionType'), 'Type', { default: 'DIMENSION' }),
      key: text('Key', { default: '', precondition: eq('conditionType', 'DIMENSION'), constraints: [len(1, 80)] }),
      ruleMatcher: ref(enumRef('DimensionOperator'), 'Operator', { default: 'BEGINS_WITH' }),
      value: text('Value', { default: '', constraints: [len(1, 80)] }),
    }),
  },
  enums: {
    RuleType: enumOf('RuleType', [['ME', 'Monitored entity'], ['DIMENSION', 'Dimension'], ['SELECTOR', 'Entity selector']]),
    Operator: enumOf('Operator', ['EQUALS', 'NOT_EQUALS', 'EXISTS', 'NOT_EXISTS', 'BEGINS_WITH', 'NOT_BEGINS_WITH',
      'CONTAINS', 'NOT_CONTAINS', 'ENDS_WITH', 'NOT_ENDS_WITH', 'GREATER_THAN', 'NOT_GREATER_THAN', 'LOWER_THAN',
      'NOT_LOWER_THAN', 'REGEX_MATCHES', 'NOT_REGEX_MATCHES', 'IS_IP_IN_RANGE', 'NOT_IS_IP_IN_RANGE', 'TAG_KEY_EQUALS',
      'NOT_TAG_KEY_EQUALS', 'GREATER_THAN_OR_EQUAL', 'NOT_GREATER_THAN_OR_EQUAL', 'LOWER_THAN_OR_EQUAL', 'NOT_LOWER_THAN_OR_EQUAL']),
    DimensionType: enumOf('DimensionType', ['ANY', 'LOG', 'METRIC']),
    DimensionConditionType: enumOf('DimensionConditionType', ['DIMENSION', 'LOG_FILE_NAME', 'METRIC_KEY']),
    DimensionOperator: enumOf('DimensionOperator', ['BEGINS_WITH', 'EQUALS']),
  },
  constraints: [validator('rules-size-validator')],
  schemaConstraints: [
    { type: 'UNIQUE', uniqueProperties: ['name'], customMessage: MSG_MZ_NAME_TAKEN, flattenCollections: false },
  ],
};
