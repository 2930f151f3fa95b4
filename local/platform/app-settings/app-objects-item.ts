/**
 * App settings v2 single-object operations. PUT and DELETE require `optimistic-locking-version`
 * (the SDK marks it mandatory); a stale version is 409.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { readJson } from '../../http/body';
import { buildDelete, buildUpdate } from '../model/object-writes';
import type { StoredObject } from '../model/types';
import { bodyViolation, isRecord, prepareValue } from '../settings-common/object-input';
import { APP_FIELDS, NO_APP_OBJECT, renderAppObject, requireAppPermission } from './app-view';

function load(ctx: AuthedCtx): StoredObject {
  const o = ctx.core.state.get(ctx.params.objectId!);
  if (!o || !ctx.core.registry.isAppSchema(o.schemaId)) throw errors.notFound(NO_APP_OBJECT);
  return o;
}

function lockVersion(ctx: AuthedCtx, o: StoredObject): void {
  const v = ctx.query.string('optimistic-locking-version');
  if (v === undefined || v === '') throw errors.invalidQuery('optimistic-locking-version', "Query parameter 'optimistic-locking-version' is required");
  if (v !== o.updateToken) throw errors.conflict('Optimistic locking failed: the object was modified since this version was read');
}

export async function getAppObject(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['admin-access']).boolean('admin-access');
  const o = load(ctx);
  requireAppPermission(ctx, 'app-settings:objects:read', o.schemaId);
  return { status: 200, body: renderAppObject(ctx, o, APP_FIELDS) };
}

export async function putAppObject(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['optimistic-locking-version', 'admin-access']).boolean('admin-access');
  const body = await readJson(ctx.req);
  if (!isRecord(body) || !isRecord(body.value)) throw errors.badRequest('Body must be { value: object }', [bodyViolation('value', 'expected an object')]);
  const o = load(ctx);
  requireAppPermission(ctx, 'app-settings:objects:write', o.schemaId);
  lockVersion(ctx, o);
  const prepared = prepareValue(ctx, o.schemaId, o.scope, body.value, o);
  if (prepared.violations.length) throw errors.badRequest('Schema validation failed', prepared.violations);
  const { object, mutations } = buildUpdate(ctx.core.state, ctx.actor(), o, prepared.value, ctx.core.registry.version(o.schemaId));
  await ctx.core.state.commit(mutations);
  return { status: 200, body: { version: object.updateToken } };
}

export async function deleteAppObject(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['optimistic-locking-version', 'admin-access']).boolean('admin-access');
  const o = load(ctx);
  requireAppPermission(ctx, 'app-settings:objects:write', o.schemaId);
  lockVersion(ctx, o);
  await ctx.core.state.commit(buildDelete(ctx.core.state, ctx.actor(), o));
  return { status: 204 };
}
