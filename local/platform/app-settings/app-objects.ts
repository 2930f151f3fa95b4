/**
 * App settings v2 collection operations: `GET /objects` (schema-id, add-fields, filter, sort,
 * page-size, page-key), `POST /objects` (single object, validate-only) and `GET /effective-values`.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply, RequestCtx } from '../http/context';
import { readJson } from '../../http/body';
import { buildCreate } from '../model/object-writes';
import type { Json, StoredObject } from '../model/types';
import { matchesFilter } from '../settings-common/filter';
import { compareBy, decodeCursor, encodeCursor, parseFields, parseFilterParam, parseSort } from '../settings-common/list-query';
import { bodyViolation, isRecord, prepareValue } from '../settings-common/object-input';
import { APP_DEFAULT_FIELDS, APP_FIELDS, appObjectField, renderAppObject, requireAppPermission, requireAppSchema } from './app-view';

const FILTERABLE = ['modificationInfo.createdBy', 'modificationInfo.createdTime', 'modificationInfo.lastModifiedBy', 'modificationInfo.lastModifiedTime'];

interface AppListQuery {
  schemaId: string;
  fields: string[];
  filter?: string;
  sort?: string[];
  pageSize: number;
}

function fieldProblem(fields: string[], field: string): string | undefined {
  const top = field.split('.')[0]!;
  if (!FILTERABLE.includes(field) && !(field.startsWith('value.') && field.length > 6)) return `field '${field}' cannot be used; supported: ${FILTERABLE.join(', ')}, value.<property>`;
  if (!fields.includes(top)) return `field '${field}' is not part of 'add-fields'`;
  return undefined;
}

function readListQuery(ctx: RequestCtx, kind: string, fieldsSupported: string[], defaults: string[]): { q: AppListQuery; offset: number } {
  const { query } = ctx;
  query.allowOnly(['schema-id', 'add-fields', 'filter', 'sort', 'page-key', 'page-size', 'admin-access']);
  const key = query.string('page-key');
  if (key !== undefined) {
    const others = query.names().filter((n) => n !== 'page-key');
    if (others.length) throw errors.invalidQuery(others[0]!, `Query parameter '${others[0]}' must not be used in combination with page-key query parameter`);
    const c = decodeCursor<AppListQuery>(kind, key, 'page-key');
    return { q: c.q, offset: c.offset };
  }
  query.boolean('admin-access');
  const schemaId = query.string('schema-id');
  if (!schemaId) throw errors.invalidQuery('schema-id', "Query parameter 'schema-id' is required on the first page");
  const fields = [...new Set([...defaults, ...parseFields(query.list('add-fields'), fieldsSupported, [], 'add-fields')])];
  const filter = query.string('filter');
  const parsedFilter = parseFilterParam(filter, (f) => fieldProblem(fields, f));
  const sort = query.list('sort');
  const sortKeys = parseSort(sort, (f) => fieldProblem(fields, f));
  const pageSize = query.integer('page-size', 0, 500) ?? 100;
  if (pageSize === 0 && (filter?.includes('value.') || sortKeys.some((k) => k.field.startsWith('value.')))) {
    throw errors.invalidQuery('page-size', "page-size 0 is not allowed when filter or sort reference 'value'");
  }
  void parsedFilter;
  return { q: { schemaId, fields, filter, sort, pageSize }, offset: 0 };
}

async function list(ctx: AuthedCtx, kind: string, fieldsSupported: string[], defaults: string[], render: (o: StoredObject, fields: string[]) => Record<string, unknown>): Promise<Reply> {
  const { q, offset } = readListQuery(ctx, kind, fieldsSupported, defaults);
  requireAppSchema(ctx, q.schemaId);
  requireAppPermission(ctx, 'app-settings:objects:read', q.schemaId);
  const filter = parseFilterParam(q.filter, (f) => fieldProblem(q.fields, f));
  const sort = parseSort(q.sort, (f) => fieldProblem(q.fields, f));
  const matches = [...ctx.core.state.ofSchema(q.schemaId)].filter((o) => !filter || matchesFilter(filter, (f) => appObjectField(o, f)));
  if (sort.length) matches.sort(compareBy<StoredObject>(sort, appObjectField));
  const size = q.pageSize === 0 ? matches.length : q.pageSize;
  const page = matches.slice(offset, offset + size);
  const next = offset + size < matches.length ? encodeCursor(kind, q, offset + size) : undefined;
  return { status: 200, body: { items: page.map((o) => render(o, q.fields)), totalCount: matches.length, pageSize: size, ...(next ? { nextPageKey: next } : {}) } };
}

export const listAppObjects = (ctx: AuthedCtx) => list(ctx, 'app-settings-objects', APP_FIELDS, ['objectId', 'version'].filter((f) => APP_DEFAULT_FIELDS.includes(f)), (o, f) => renderAppObject(ctx, o, f));

export const getEffectiveValues = (ctx: AuthedCtx) =>
  list(ctx, 'app-settings-effective', ['summary', 'searchSummary', 'schemaId', 'schemaVersion', 'modificationInfo', 'value'], ['value'], (o, f) => renderAppObject(ctx, o, f));

export async function postAppObject(ctx: AuthedCtx): Promise<Reply> {
  const { core } = ctx;
  ctx.query.allowOnly(['validate-only']);
  const validateOnly = ctx.query.boolean('validate-only') ?? false;
  const body = await readJson(ctx.req);
  if (!isRecord(body) || typeof body.schemaId !== 'string' || !isRecord(body.value)) {
    throw errors.badRequest('Body must be { schemaId: string, value: object, insertAfter?: string }', [bodyViolation('', 'expected { schemaId, value }')]);
  }
  const schemaId = body.schemaId;
  requireAppSchema(ctx, schemaId);
  requireAppPermission(ctx, 'app-settings:objects:write', schemaId);
  const { violations } = prepareValue(ctx, schemaId, 'environment', body.value);
  if (violations.length) throw errors.badRequest('Schema validation failed', violations);
  if (validateOnly) return { status: 200 };
  const { object, mutations } = buildCreate(core.state, ctx.actor(), {
    schemaId,
    schemaVersion: core.registry.version(schemaId),
    scope: 'environment',
    value: body.value as Json,
  });
  await core.state.commit(mutations);
  return { status: 201, body: { objectId: object.objectId, version: object.updateToken } };
}
