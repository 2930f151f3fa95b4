/**
 * `GET /settings/objects` — list with schemaIds/scopes/externalIds, fields, filter, sort,
 * pageSize, totalCount and the nextPageKey cursor. Objects the caller may not read are
 * omitted (also from totalCount).
 */
import { callerOf, type Ctx, type Reply } from '../core';
import { errors } from '../http/errors';
import type { StoredObject } from '../model/types';
import { matchesFilter, readPath } from './filter';
import { compareBy, decodeCursor, encodeCursor, parseFields, parseFilterParam, parseSort } from './list-query';
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

function readQuery(ctx: Ctx): { q: ListQuery; offset: number } {
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
  parseFilterParam(filter, (f) => fieldProblem(fields, f)); // validate now, re-parsed per page
  const sort = query.list('sort');
  parseSort(sort, (f) => fieldProblem(fields, f));
  const pageSize = query.integer('pageSize', 1, 500) ?? 100;
  return { q: { schemaIds, scopes, externalIds, fields, filter, sort, pageSize }, offset: 0 };
}

function* candidates(core: Ctx['core'], schemaIds: string[] | undefined): Generator<StoredObject> {
  if (!schemaIds) return yield* core.state.objects.values();
  for (const s of new Set(schemaIds)) yield* core.state.ofSchema(s);
}

export async function listObjects(ctx: Ctx): Promise<Reply> {
  const caller = callerOf(ctx);
  const { core } = ctx;
  const { q, offset } = readQuery(ctx);
  core.access.requireAppScope(caller, 'settings:objects:read');
  if (q.schemaIds) {
    const unknown = q.schemaIds.find((s) => !core.registry.get(s));
    if (unknown) throw errors.notFound(`The specified schema or scope is not found: schema '${unknown}' doesn't exist`);
  }
  const filter = parseFilterParam(q.filter, (f) => fieldProblem(q.fields, f));
  const sort = parseSort(q.sort, (f) => fieldProblem(q.fields, f));

  const readable = core.access.objectChecker(caller, 'settings:objects:read');
  const matches: StoredObject[] = [];
  for (const o of candidates(core, q.schemaIds)) {
    if (q.scopes && !q.scopes.includes(o.scope)) continue;
    if (q.externalIds && (o.externalId === undefined || !q.externalIds.includes(o.externalId))) continue;
    if (filter && !matchesFilter(filter, (f) => objectField(o, f))) continue;
    if (!readable(o)) continue;
    matches.push(o);
  }
  if (sort.length) matches.sort(compareBy<StoredObject>(sort, objectField));
  const page = matches.slice(offset, offset + q.pageSize);
  const next = offset + q.pageSize < matches.length ? encodeCursor('settings-objects', q, offset + q.pageSize) : undefined;
  return {
    status: 200,
    body: {
      items: page.map((o) => renderObject(core, caller, o, q.fields)),
      totalCount: matches.length,
      pageSize: q.pageSize,
      ...(next ? { nextPageKey: next } : {}),
    },
  };
}
