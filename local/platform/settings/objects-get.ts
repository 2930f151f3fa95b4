/** `GET /settings/objects/{objectId}` — 404 when unknown, 403 when the caller may not read it. */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { GET_FIELDS, renderObject } from './object-view';

export const NO_OBJECT = 'No object available for the given objectId';

export async function getObject(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['adminAccess']).boolean('adminAccess');
  const o = ctx.core.state.get(ctx.params.objectId!);
  if (!o) throw errors.notFound(NO_OBJECT);
  ctx.access.requireObject('settings:objects:read', o);
  return { status: 200, body: renderObject(ctx, o, GET_FIELDS) };
}
