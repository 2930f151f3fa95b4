/**
 * `GET /metrics` and `GET /metrics/{metricKey}` of the environment API v2 over the demo tenant's
 * catalog (`catalog.ts`). Access as documented for `metricsClient`: the app must declare the
 * scope `environment-api:metrics:read` and the caller needs `environment:roles:viewer` — granted
 * for at least one management zone suffices, since descriptors are environment-wide metadata that
 * no zone narrows (an assumption, README "Differences from Dynatrace").
 *
 * Listing: `metricSelector` (metric-selector.ts), `text` (case-insensitive substring of key,
 * display name or description), `fields` (`+x`/`-x` change the default set of displayName,
 * description and unit; plain names replace it), `pageSize` (1.., more than 500 gives 500),
 * `nextPageKey` (alone). Sorted by key.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { decodeCursor, encodeCursor } from '../settings-common/list-query';
import { METRIC_CATALOG, type CatalogMetric } from './catalog';
import { parseMetricSelector } from './metric-selector';

const SCOPE = 'environment-api:metrics:read';
const PERMISSION = 'environment:roles:viewer';
const DEFAULT_FIELDS = ['displayName', 'description', 'unit'];
/** every optional property of `MetricDescriptor` the emulator answers */
const FIELDS = [
  'displayName', 'description', 'unit', 'tags', 'dduBillable', 'billable', 'created', 'lastWritten', 'aggregationTypes',
  'defaultAggregation', 'dimensionDefinitions', 'transformations', 'entityType', 'minimumValue', 'maximumValue',
  'rootCauseRelevant', 'impactRelevant', 'metricValueType', 'latency', 'scalar', 'resolutionInfSupported', 'unitDisplayFormat',
];
const LIST_PARAMETERS = ['metricSelector', 'text', 'fields', 'pageSize', 'nextPageKey', 'writtenSince', 'writtenSinceMode', 'metadataSelector'];
/** When the demo's metrics were last written: the demo clock's "now". */
const LAST_WRITTEN = Date.UTC(2026, 11, 1);

interface ListQuery {
  selector?: string;
  text?: string;
  fields: string[];
  pageSize: number;
}

function requireReader(ctx: AuthedCtx): void {
  ctx.access.requireAppScope(SCOPE);
  if (ctx.access.authorize(PERMISSION, {})) return;
  const zones = [...ctx.core.state.managementZones().byName.keys()];
  if (zones.some((zone) => ctx.access.authorize(PERMISSION, { 'environment:management-zone': zone }))) return;
  throw errors.forbidden(PERMISSION, 'to read the metrics catalog');
}

function requireJson(ctx: AuthedCtx): void {
  const accept = ctx.req.headers.accept;
  if (accept === undefined || accept.includes('application/json') || accept.includes('*/*')) return;
  throw errors.notAcceptable(accept, 'application/json; charset=utf-8');
}

/** The full descriptor; `fields` picks what a listing shows of it. */
function descriptor(m: CatalogMetric): Record<string, unknown> {
  return {
    metricId: m.metricId, displayName: m.displayName, description: m.description, unit: m.unit, tags: [],
    dduBillable: false, billable: false, created: null, lastWritten: LAST_WRITTEN,
    aggregationTypes: m.aggregationTypes, defaultAggregation: m.defaultAggregation, dimensionDefinitions: m.dimensionDefinitions,
    transformations: ['filter', 'fold', 'limit', 'merge', 'names', 'parents', 'timeshift', 'sort', 'last', 'splitBy', 'lastReal', 'setUnit'],
    entityType: m.entityType, minimumValue: 0, maximumValue: m.unit === 'Percent' ? 100 : null,
    rootCauseRelevant: false, impactRelevant: false, metricValueType: { type: 'unknown' }, latency: 1, scalar: false,
    resolutionInfSupported: true, unitDisplayFormat: 'decimal',
  };
}

function parseFieldsParam(raw: string | undefined): string[] {
  if (raw === undefined) return DEFAULT_FIELDS;
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw errors.invalidQuery('fields', "Query parameter 'fields' must not be empty");
  let fields = items.some((i) => !i.startsWith('+') && !i.startsWith('-')) ? [] : [...DEFAULT_FIELDS];
  for (const item of items) {
    const name = item.replace(/^[+-]/, '');
    if (name === 'metricId') continue;
    if (!FIELDS.includes(name)) throw errors.invalidQuery('fields', `Unsupported field '${name}' in 'fields'; supported: metricId, ${FIELDS.join(', ')}`);
    fields = item.startsWith('-') ? fields.filter((f) => f !== name) : [...fields.filter((f) => f !== name), name];
  }
  return fields;
}

function firstPageQuery(ctx: AuthedCtx): ListQuery {
  for (const unsupported of ['writtenSince', 'writtenSinceMode', 'metadataSelector']) {
    if (ctx.query.has(unsupported)) throw errors.invalidQuery(unsupported, `Query parameter '${unsupported}' is not supported by the local platform`);
  }
  const pageSize = ctx.query.integer('pageSize', 1, 1_000_000) ?? 100;
  const selector = ctx.query.string('metricSelector');
  const text = ctx.query.string('text');
  return {
    fields: parseFieldsParam(ctx.query.string('fields')),
    pageSize: Math.min(pageSize, 500),
    ...(selector !== undefined ? { selector } : {}),
    ...(text !== undefined ? { text } : {}),
  };
}

export async function listMetrics(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(LIST_PARAMETERS);
  requireJson(ctx);
  requireReader(ctx);
  let q: ListQuery;
  let offset = 0;
  const key = ctx.query.string('nextPageKey');
  if (key !== undefined) {
    const others = ctx.query.names().filter((n) => n !== 'nextPageKey');
    if (others.length) throw errors.invalidQuery(others[0]!, `Query parameter '${others[0]}' must not be used in combination with nextPageKey query parameter`);
    const cursor = decodeCursor<ListQuery>('metrics', key, 'nextPageKey');
    q = cursor.q;
    offset = cursor.offset;
  } else q = firstPageQuery(ctx);

  const selected = q.selector === undefined ? () => true : parseMetricSelector(q.selector);
  const needle = q.text?.toLowerCase();
  const matching = METRIC_CATALOG
    .filter((m) => selected(m.metricId))
    .filter((m) => !needle || [m.metricId, m.displayName, m.description].some((s) => s.toLowerCase().includes(needle)))
    .sort((a, b) => (a.metricId < b.metricId ? -1 : a.metricId > b.metricId ? 1 : 0));
  const page = matching.slice(offset, offset + q.pageSize);
  const metrics = page.map((m) => {
    const full = descriptor(m);
    return Object.fromEntries([['metricId', m.metricId], ...q.fields.map((f) => [f, full[f]])]);
  });
  const next = offset + q.pageSize < matching.length ? encodeCursor('metrics', q, offset + q.pageSize) : null;
  return { status: 200, body: { totalCount: matching.length, nextPageKey: next, metrics } };
}

export async function getMetric(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly([]);
  requireJson(ctx);
  requireReader(ctx);
  const key = ctx.params.metricKey!;
  const found = METRIC_CATALOG.find((m) => m.metricId === key);
  if (!found) throw errors.notFound(`Metric '${key}' not found`);
  return { status: 200, body: descriptor(found) };
}
