/**
 * `GET /settings/history` → RevisionDiffPage, with the window Dynatrace documents (SDK README,
 * `getSettingsHistory`): `scope` is required on the first page; without `filter` only the last
 * two weeks; a `modificationInfo.lastModifiedTime` range missing a bound is completed with now − 1
 * year (lower) or now (upper), and a filter without any time bound gets both; default `fields`
 * `revision,modificationInfo`; sorted by `modificationInfo.lastModifiedTime` only (default newest
 * first). Filter: `objectId` (`=`, `in`) and `modificationInfo.lastModifiedTime` (`<`, `<=`, `>`,
 * `>=`, `=` with ISO dates or epoch ms), combined with `and` only. Only revisions of objects the
 * caller may read (judged on the current object, or on its last state when deleted); values are
 * masked. The window is fixed on the first page and travels in the cursor.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply, RequestCtx } from '../http/context';
import { diff } from '../model/json-patch';
import type { Revision } from '../model/types';
import { matchesFilter, type FilterNode } from '../settings-common/filter';
import { compareBy, decodeCursor, encodeCursor, parseFields, parseFilterParam, parseSort } from '../settings-common/list-query';

// ownerBefore/ownerAfter are accepted but never rendered: owner-based access control is not emulated
const FIELDS = ['revision', 'jsonPatch', 'jsonBefore', 'jsonAfter', 'objectId', 'type', 'schemaId', 'schemaVersion', 'schemaDisplayName', 'summary', 'modificationInfo', 'appId', 'source', 'ownerBefore', 'ownerAfter'];
const DEFAULT_FIELDS = ['revision', 'modificationInfo'];
const FILTER_FIELDS = ['objectId', 'modificationInfo.lastModifiedTime'];
const TIME = 'modificationInfo.lastModifiedTime';
const SORT_FIELDS = [TIME];
const DAY = 24 * 60 * 60_000;
export const DEFAULT_WINDOW_MS = 14 * DAY;
export const COMPLETION_MS = 365 * DAY;

interface HistoryQuery {
  schemaIds?: string[];
  scope?: string;
  filter?: string;
  sort?: string[];
  fields: string[];
  pageSize: number;
  /** the window (ms), fixed on the first page */
  from: number;
  to: number;
}

function onlyAnd(node: FilterNode): void {
  if (node.kind === 'or' || node.kind === 'not') throw errors.invalidQuery('filter', "Invalid filter: only 'and' can combine conditions in the history filter");
  if (node.kind === 'and') {
    onlyAnd(node.left);
    onlyAnd(node.right);
  }
}

const revField = (r: Revision, f: string): unknown =>
  f === 'objectId' ? r.objectId : f === 'revision' ? r.seq : f === 'modificationInfo.lastModifiedTime' ? r.time : undefined;

function readQuery(ctx: RequestCtx): { q: HistoryQuery; offset: number } {
  const { query } = ctx;
  query.allowOnly(['schemaId', 'scope', 'filter', 'sort', 'fields', 'nextPageKey', 'pageSize', 'adminAccess']);
  const key = query.string('nextPageKey');
  if (key !== undefined) {
    const others = query.names().filter((n) => n !== 'nextPageKey');
    if (others.length) throw errors.invalidQuery(others[0]!, `Query parameter '${others[0]}' must not be used in combination with nextPageKey query parameter`);
    const c = decodeCursor<HistoryQuery>('settings-history', key, 'nextPageKey');
    return { q: c.q, offset: c.offset };
  }
  query.boolean('adminAccess');
  const fields = parseFields(query.list('fields'), FIELDS, DEFAULT_FIELDS);
  const filter = query.string('filter');
  const parsed = parseFilterParam(filter, (f) => (FILTER_FIELDS.includes(f) ? undefined : `field '${f}' cannot be used; supported: ${FILTER_FIELDS.join(', ')}`));
  if (parsed) onlyAnd(parsed);
  const sort = query.list('sort');
  parseSort(sort, (f) => (SORT_FIELDS.includes(f) ? undefined : `field '${f}' cannot be used; supported: ${SORT_FIELDS.join(', ')}`));
  const scope = query.string('scope');
  if (scope === undefined) throw errors.invalidQuery('scope', "Query parameter 'scope' is required to load the first page");
  const window = historyWindow(parsed, ctx.now);
  return {
    q: { schemaIds: query.list('schemaId'), scope, filter, sort, fields, pageSize: query.integer('pageSize', 1, 500) ?? 100, ...window },
    offset: 0,
  };
}

/** The documented window: two weeks without a filter, else the filter's time range with missing bounds completed. */
export function historyWindow(filter: FilterNode | undefined, now: number): { from: number; to: number } {
  if (!filter) return { from: now - DEFAULT_WINDOW_MS, to: now };
  const bounds = timeBounds(filter);
  return { from: bounds.from ?? now - COMPLETION_MS, to: bounds.to ?? now };
}

function timeBounds(node: FilterNode | undefined, out: { from?: number; to?: number } = {}): { from?: number; to?: number } {
  if (!node) return out;
  if (node.kind === 'and') return timeBounds(node.right, timeBounds(node.left, out));
  if (node.kind === 'cmp' && node.field === TIME) {
    const t = typeof node.value === 'number' ? node.value : Date.parse(String(node.value));
    if (Number.isNaN(t)) throw errors.invalidQuery('filter', `Invalid filter: '${String(node.value)}' is not a timestamp`);
    if (node.op === '>' || node.op === '>=' || node.op === '=') out.from = t;
    if (node.op === '<' || node.op === '<=' || node.op === '=') out.to = t;
  }
  return out;
}

export async function getHistory(ctx: AuthedCtx): Promise<Reply> {
  const { core } = ctx;
  const { q, offset } = readQuery(ctx);
  ctx.access.requireAppScope('settings:objects:read');
  const unknown = q.schemaIds?.find((s) => !core.registry.get(s));
  if (unknown) throw errors.notFound(`The specified schema doesn't exist: '${unknown}'`);
  const filter = parseFilterParam(q.filter, () => undefined);
  // newest first by default; revisions of one millisecond keep the order they were written in
  const sort = parseSort(q.sort ?? [`-${TIME}`], () => undefined);
  const tieBreak = { field: 'revision', descending: sort[0]?.descending ?? true };
  const readableCache = new Map<string, boolean>();
  const items = core.state.revisions.filter((r) => {
    if (q.schemaIds && !q.schemaIds.includes(r.schemaId)) return false;
    if (q.scope !== undefined && r.scope !== q.scope) return false;
    if (r.time < q.from || r.time > q.to) return false;
    if (filter && !matchesFilter(filter, (f) => revField(r, f))) return false;
    let ok = readableCache.get(r.objectId);
    if (ok === undefined) {
      const current = core.state.get(r.objectId);
      const last = current ? undefined : lastState(core.state.revisions, r.objectId);
      ok = current
        ? ctx.access.canObject('settings:objects:read', current).allowed
        : ctx.access.canValue('settings:objects:read', r.schemaId, r.scope, last ?? null).allowed;
      readableCache.set(r.objectId, ok);
    }
    return ok;
  });
  items.sort(compareBy<Revision>([...sort, tieBreak], revField));
  const page = items.slice(offset, offset + q.pageSize);
  const next = offset + q.pageSize < items.length ? encodeCursor('settings-history', q, offset + q.pageSize) : undefined;
  return {
    status: 200,
    body: {
      items: page.map((r) => render(ctx, r, q.fields)),
      pageSize: q.pageSize,
      startTime: new Date(q.from).toISOString(),
      endTime: new Date(q.to).toISOString(),
      ...(next ? { nextPageKey: next } : {}),
    },
  };
}

function lastState(revisions: Revision[], objectId: string) {
  for (let i = revisions.length - 1; i >= 0; i--) {
    const r = revisions[i]!;
    if (r.objectId === objectId) return r.after ?? r.before;
  }
  return null;
}

function render(ctx: RequestCtx, r: Revision, fields: string[]): Record<string, unknown> {
  const { registry } = ctx.core;
  const before = r.before === null ? undefined : registry.mask(r.schemaId, r.before);
  const after = r.after === null ? undefined : registry.mask(r.schemaId, r.after);
  const v = (after ?? before ?? {}) as Record<string, unknown>;
  const gp = v.generalProperties as Record<string, unknown> | undefined;
  const summary = [v.name, v.displayName, v.summary, gp?.name].find((x) => typeof x === 'string');
  const all: Record<string, unknown> = {
    revision: r.revision,
    jsonPatch: diff(before, after),
    jsonBefore: before === undefined ? undefined : JSON.stringify(before),
    jsonAfter: after === undefined ? undefined : JSON.stringify(after),
    objectId: r.objectId,
    type: r.type,
    schemaId: r.schemaId,
    schemaVersion: r.schemaVersion,
    schemaDisplayName: registry.get(r.schemaId)?.displayName ?? r.schemaId,
    summary,
    modificationInfo: { lastModifiedBy: r.user, lastModifiedTime: new Date(r.time).toISOString() },
    appId: r.appId,
    source: r.source,
  };
  return Object.fromEntries(fields.filter((f) => all[f] !== undefined).map((f) => [f, all[f]]));
}
