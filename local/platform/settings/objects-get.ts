/** `GET /settings/objects/{objectId}` — 404 when unknown, 403 when the caller may not read it. */
import { callerOf, type Ctx, type Reply } from '../core';
import { errors } from '../errors';
import { GET_FIELDS, renderObject } from './object-view';

export const NO_OBJECT = 'No object available for the given objectId';

export async function getObject(ctx: Ctx): Promise<Reply> {
  const caller = callerOf(ctx);
  ctx.query.allowOnly(['adminAccess']).boolean('adminAccess');
  const o = ctx.core.state.get(ctx.params.objectId!);
  if (!o) throw errors.notFound(NO_OBJECT);
  ctx.core.access.requireObject(caller, 'settings:objects:read', o);
  return { status: 200, body: renderObject(ctx.core, caller, o, GET_FIELDS) };
}
