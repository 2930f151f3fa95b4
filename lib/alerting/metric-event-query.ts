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

/** The metric key a metric event's value queries; undefined for other schemas, selector queries or no key. */
export function metricKeyOf(schemaId: string, value: unknown): string | undefined {
  if (schemaId !== METRIC_EVENTS) return undefined;
  const query = field(value, 'queryDefinition');
  const type = field(query, 'type') ?? 'METRIC_KEY';
  if (type !== 'METRIC_KEY') return undefined;
  return str(field(query, 'metricKey'));
}
