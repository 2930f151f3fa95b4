/**
 * Where a metric event names its metric and its threshold. A `METRIC_KEY` query (the schema's
 * default query type) names one metric by `queryDefinition.metricKey`; a static threshold
 * (`modelProperties.threshold`) is compared in that metric's unit. A `METRIC_SELECTOR` query
 * names no single key (its selector is checked by Dynatrace's own validator).
 */
import { METRIC_EVENTS, field, str } from './schema-ids';

/** Dotted paths, as the forms and `lib/values` address fields. */
export const METRIC_KEY_FIELD = 'queryDefinition.metricKey';
export const THRESHOLD_FIELD = 'modelProperties.threshold';

/**
 * Transformations that keep a selector's values in its metric's unit (aggregations, splits,
 * sorting, limits). Anything else (`:count`, `:rate`, `:toUnit`, arithmetic, several metrics)
 * may change the unit, so no unit is claimed for it.
 */
const UNIT_KEEPING = /^(?::(?:avg|min|max|sum|median|value|auto|percentile\(\d{1,2}(?:\.\d+)?\)|splitBy\([^()]*\)|sort\([^()]*\)|limit\(\d+\)))*$/;
const SELECTOR_HEAD = /^([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+?)((?::[a-zA-Z].*)?)$/;

/** The metric key a metric event's value queries; undefined for other schemas, selector queries or no key. */
export function metricKeyOf(schemaId: string, value: unknown): string | undefined {
  if (schemaId !== METRIC_EVENTS) return undefined;
  const query = field(value, 'queryDefinition');
  const type = field(query, 'type') ?? 'METRIC_KEY';
  if (type !== 'METRIC_KEY') return undefined;
  return str(field(query, 'metricKey'));
}

/**
 * The metric whose unit a static threshold is compared in: the metric key of a `METRIC_KEY`
 * query, or the one metric of a selector whose transformations keep its unit
 * (`builtin:service.response.time:avg` → `builtin:service.response.time`). Undefined otherwise.
 */
export function thresholdMetricKeyOf(schemaId: string, value: unknown): string | undefined {
  const key = metricKeyOf(schemaId, value);
  if (key !== undefined || schemaId !== METRIC_EVENTS) return key || undefined;
  const query = field(value, 'queryDefinition');
  if (field(query, 'type') !== 'METRIC_SELECTOR') return undefined;
  const selector = str(field(query, 'metricSelector'))?.trim() ?? '';
  const head = SELECTOR_HEAD.exec(selector);
  return head && UNIT_KEEPING.test(head[2] ?? '') ? head[1] : undefined;
}
