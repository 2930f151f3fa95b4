/**
 * `GET /settings/objects` — list with schemaIds/scopes/externalIds, fields, filter, sort,
 * pageSize, totalCount and the nextPageKey cursor. Objects the caller may not read are
 * omitted (also from totalCount).
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply, RequestCtx } from '../http/context';
import type { StoredObject } from '../model/types';
import { matchesFilter, readPath, type FilterNode } from '../settings-common/filter';
import { compareBy, decodeCursor, encodeCursor, parseFields, parseFilterParam, parseSort, type SortKey } from '../settings-common/list-query';
import { DEFAULT_LIST_FIELDS, OBJECT_FIELDS, renderObject } from './object-view';

const FILTERABLE = ['created', 'modified', 'createdBy', 'modifiedBy', 'author'];

interface ListQuery {
  schemaIds?: string[];
  scopes?: string[];
  externalIds?: string[];
  fields: string[];
  filter?: string;
  sort?: string[];
  pageSize: number;
}

export function fieldProblem(fields: string[], field: string): string | undefined {
  const top = field.startsWith('value.') ? 'value' : field;
  if (!(FILTERABLE.includes(field) || (field.startsWith('value.') && field.length > 6))) {
    return `field '${field}' cannot be used; supported: ${FILTERABLE.join(', ')}, value.<property>`;
  }
  if (!fields.includes(top)) return `field '${field}' is not part of the requested 'fields' (${fields.join(',')})`;
  return undefined;
}

export function objectField(o: StoredObject, field: string): unknown {
  switch (field) {
    case 'created': return o.created;
    case 'modified': return o.modified;
    case 'createdBy': return o.createdBy;
    case 'modifiedBy':
    case 'author': return o.modifiedBy;
    default: return field.startsWith('value.') ? readPath(o.value, field.slice(6)) : undefined;
  }
}

/**
 * The query and offset. On the first page `parsed` holds the filter and sort as validated here,
 * so they are parsed once per request; a cursor's are parsed by the caller (after the checks).
 */
function readQuery(ctx: RequestCtx): { q: ListQuery; offset: number; parsed?: { filter: FilterNode | undefined; sort: SortKey[] } } {
  const { query } = ctx;
  query.allowOnly(['schemaIds', 'scopes', 'externalIds', 'fields', 'filter', 'sort', 'nextPageKey', 'pageSize', 'adminAccess']);
  const key = query.string('nextPageKey');
  if (key !== undefined) {
    const others = query.names().filter((n) => n !== 'nextPageKey');
    if (others.length) {
      throw errors.invalidQuery(others[0]!, `Query parameter '${others[0]}' must not be used in combination with nextPageKey query parameter`);
    }
    const c = decodeCursor<ListQuery>('settings-objects', key, 'nextPageKey');
    return { q: c.q, offset: c.offset };
  }
  query.boolean('adminAccess');
  const schemaIds = query.list('schemaIds');
  const scopes = query.list('scopes');
  if (!schemaIds?.length && !scopes?.length) {
    throw errors.invalidQuery('schemaIds', "Either 'schemaIds' or 'scopes' is required (on the first page)");
  }
  const externalIds = query.list('externalIds');
  if (externalIds?.some((e) => e.length > 500)) throw errors.invalidQuery('externalIds', 'externalIds must be at most 500 characters each');
  const fields = parseFields(query.list('fields'), OBJECT_FIELDS, DEFAULT_LIST_FIELDS);
  const filter = query.string('filter');
  const parsedFilter = parseFilterParam(filter, (f) => fieldProblem(fields, f));
  const sort = query.list('sort');
  const parsedSort = parseSort(sort, (f) => fieldProblem(fields, f));
  const pageSize = query.integer('pageSize', 1, 500) ?? 100;
  return { q: { schemaIds, scopes, externalIds, fields, filter, sort, pageSize }, offset: 0, parsed: { filter: parsedFilter, sort: parsedSort } };
}

/**
 * One pass over the candidates in listing order (per requested schema, in insertion order; or
 * every object when only `scopes` are given): counts the objects that match and that the caller
 * may read (`totalCount`) and collects them — all of them when the result is sorted, otherwise
 * only the requested page. Zone sets come cached per schema (`ObjectZones.schemaScopes`), and
 * IAM decisions are memoized per (schema, zone set) for this request.
 */
function scan(ctx: AuthedCtx, q: ListQuery, filter: FilterNode | undefined, keep: (index: number) => boolean): { kept: StoredObject[]; count: number } {
  const { access } = ctx;
  const kept: StoredObject[] = [];
  let count = 0;
  const matches = (o: StoredObject): boolean =>
    !(q.scopes && !q.scopes.includes(o.scope)) &&
    !(q.externalIds && (o.externalId === undefined || !q.externalIds.includes(o.externalId))) &&
    !(filter && !matchesFilter(filter, (f) => objectField(o, f)));
  if (!q.schemaIds) {
    const readable = access.objectChecker('settings:objects:read');
    for (const o of ctx.core.state.listAll()) {
      if (!matches(o) || !readable(o)) continue;
      if (keep(count)) kept.push(o);
      count++;
    }
    return { kept, count };
  }
  const plain = !q.scopes && !q.externalIds && !filter;
  for (const schemaId of new Set(q.schemaIds)) {
    const { objects, sets } = ctx.core.zones.schemaScopes(schemaId);
    const readableIn = access.zoneSetChecker('settings:objects:read', schemaId);
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      if (!plain && !matches(o)) continue;
      // only environment-scoped objects share the per-zone-set decisions; others take the keyed memo
      if (!(o.scope === 'environment' ? readableIn(sets[i]!) : access.canObject('settings:objects:read', o).allowed)) continue;
      if (keep(count)) kept.push(o);
      count++;
    }
  }
  return { kept, count };
}

export async function listObjects(ctx: AuthedCtx): Promise<Reply> {
  const { core } = ctx;
  const { q, offset, parsed } = readQuery(ctx);
  ctx.access.requireAppScope('settings:objects:read');
  if (q.schemaIds) {
    const unknown = q.schemaIds.find((s) => !core.registry.get(s));
    if (unknown) throw errors.notFound(`The specified schema or scope is not found: schema '${unknown}' doesn't exist`);
  }
  const filter = parsed ? parsed.filter : parseFilterParam(q.filter, (f) => fieldProblem(q.fields, f));
  const sort = parsed ? parsed.sort : parseSort(q.sort, (f) => fieldProblem(q.fields, f));

  const end = offset + q.pageSize;
  let page: StoredObject[];
  let total: number;
  if (sort.length) {
    const { kept } = scan(ctx, q, filter, () => true);
    kept.sort(compareBy<StoredObject>(sort, objectField));
    page = kept.slice(offset, end);
    total = kept.length;
  } else {
    const { kept, count } = scan(ctx, q, filter, (i) => i >= offset && i < end);
    page = kept;
    total = count;
  }
  const next = end < total ? encodeCursor('settings-objects', q, end) : undefined;
  return {
    status: 200,
    body: {
      items: page.map((o) => renderObject(ctx, o, q.fields)),
      totalCount: total,
      pageSize: q.pageSize,
      ...(next ? { nextPageKey: next } : {}),
    },
  };
}
