/** The project's definition of `builtin:monitoring.slo` (v6.0.14), from facts §1.7. */
import {
  bool, enumOf, enumRef, eq, float, len, objectType, range, ref, text, trimmed, typeRef, validator,
} from '../builders';
import { MSG_SLO_WARNING_GT_TARGET } from '../messages';
import type { SchemaDefinition } from '../types';

export const sloSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:monitoring.slo',
  version: '6.0.14',
  displayName: 'Service-level objective definitions',
  description: 'Service-level objectives (SLOs) evaluated from a metric expression, optionally restricted by an entity selector.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 10000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:cloud-automation.monitoring.slo', 'group:cloud-automation'],
  properties: {
    enabled: bool('Enabled', { default: true }),
    name: text('Name', { default: 'New SLO', constraints: [len(1, 200)] }),
    customDescription: text('Description', { nullable: true, constraints: [len(1, 250)] }),
    metricName: text('Metric name', {
      default: 'new_slo', modificationPolicy: 'NEVER', constraints: [len(1, 220), validator('slo-metric-name-validator')],
    }),
    metricExpression: text('Metric expression', {
      default: '', subType: 'metric-no-validator',
      constraints: [validator('slo-metric-selector-validator'), len(1, 5000), trimmed],
    }),
    evaluationType: ref(enumRef('SloEvaluationType'), 'Evaluation type', { default: 'AGGREGATE' }),
    filter: text('Entity selector', {
      default: '', subType: 'multiline', constraints: [len(undefined, 1000), validator('slo-entity-selector-validator')],
      description: 'Entity selector; mzId(…) / mzName("…") ties the SLO to management zones.',
    }),
    evaluationWindow: text('Timeframe', { default: '-1w', constraints: [len(3, 60), validator('slo-timeframe-validator')] }),
    targetSuccess: float('Target', { default: 99.98, subType: 'percentage', constraints: [range(0, 100)] }),
    targetWarning: float('Warning', { default: 99.99, subType: 'percentage', constraints: [range(0, 100)] }),
    errorBudgetBurnRate: ref(typeRef('ErrorBudgetBurnRate'), 'Error budget burn rate'),
  },
  types: {
    ErrorBudgetBurnRate: objectType('ErrorBudgetBurnRate', {
      burnRateVisualizationEnabled: bool('Enable burn rate visualization', { default: true }),
      fastBurnThreshold: float('Fast-burn threshold', {
        default: 10, precondition: eq('burnRateVisualizationEnabled', true), constraints: [range(1.01)],
      }),
    }),
  },
  enums: {
    SloEvaluationType: enumOf('SloEvaluationType', [['AGGREGATE', 'Aggregate']]),
  },
  constraints: [{ type: 'GREATER_THAN', properties: ['targetWarning', 'targetSuccess'], customMessage: MSG_SLO_WARNING_GT_TARGET }],
  schemaConstraints: [
    { type: 'UNIQUE', uniqueProperties: ['name'],
      customMessage: 'There is another SLO with an identical name defined. Please make your SLO name unique to save your changes.' },
    { type: 'UNIQUE', uniqueProperties: ['metricName'],
      customMessage: 'There is another SLO with an identical metric name defined. Please make your SLO metric name unique to save your changes.' },
  ],
};
