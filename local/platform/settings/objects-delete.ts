/** `DELETE /settings/objects/{objectId}?updateToken=` — 204; 404 unknown; 403 not writable; 409 stale token. */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { buildDelete } from '../model/object-writes';
import { NO_OBJECT } from './objects-get';
import { STALE_TOKEN } from './objects-put';

export async function deleteObject(ctx: AuthedCtx): Promise<Reply> {
  const { core } = ctx;
  ctx.query.allowOnly(['updateToken', 'adminAccess']).boolean('adminAccess');
  const token = ctx.query.string('updateToken');
  const current = core.state.get(ctx.params.objectId!);
  if (!current) throw errors.notFound(NO_OBJECT);
  ctx.access.requireObject('settings:objects:write', current);
  if (token !== undefined && token !== current.updateToken) throw errors.conflict(STALE_TOKEN);
  await core.state.commit(buildDelete(core.state, ctx.actor(), current));
  return { status: 204 };
}
