/**
 * The unit a number field is measured in. Schema definitions carry units only as a `subType`
 * (`percentage`) or in prose, so the rest is a small table of our own, keyed by schema and the
 * field's path pattern (collection indexes as `*`). A unit that depends on data (a metric event's
 * threshold is in the metric's unit) is for a custom widget to show, not for this table.
 */

const BY_SUBTYPE: Readonly<Record<string, string>> = { percentage: '%' };

const BY_FIELD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'builtin:alerting.profile': {
    'severityRules.*.delayInMinutes': 'minutes',
  },
  'builtin:anomaly-detection.metric-events': {
    'queryDefinition.queryOffset': 'minutes',
    // the model evaluates one sample per minute (a sliding window of 3..60 of them)
    'modelProperties.samples': 'one-minute samples',
    'modelProperties.violatingSamples': 'one-minute samples',
    'modelProperties.dealertingSamples': 'one-minute samples',
  },
  'builtin:monitoring.slo': {
    'errorBudgetBurnRate.fastBurnThreshold': '× the sustainable burn rate',
  },
};

/** The unit of the number at `pattern` (see `pathPattern`), if one is known. */
export function unitOf(schemaId: string, pattern: string, subType: string | undefined): string | undefined {
  if (subType && Object.hasOwn(BY_SUBTYPE, subType)) return BY_SUBTYPE[subType];
  const table = Object.hasOwn(BY_FIELD, schemaId) ? BY_FIELD[schemaId]! : undefined;
  return table && Object.hasOwn(table, pattern) ? table[pattern] : undefined;
}
