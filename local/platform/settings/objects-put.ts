/**
 * `PUT /settings/objects/{objectId}` — update with optional optimistic locking. Order of checks:
 * 404 unknown → 403 may not write the stored object → 409 stale updateToken → 400 invalid value
 * → 403 may not write the new value (e.g. moved to a foreign zone). Masked secrets sent back
 * keep their stored plaintext. 400/404/409 answer a `SettingsObjectResponse` (routes.ts), whose
 * violation paths start with `<schemaId>/0/`.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { readJson } from '../../http/body';
import { buildUpdate } from '../model/object-writes';
import { NO_OBJECT } from './objects-get';
import { bodyViolation, isRecord, prepareValue } from '../settings-common/object-input';
import { valueViolations } from './object-response';

export const STALE_TOKEN = 'Failed. Conflicting resource: the object was modified after the given updateToken was issued';

export async function putObject(ctx: AuthedCtx): Promise<Reply> {
  const { core } = ctx;
  ctx.query.allowOnly(['validateOnly', 'adminAccess']);
  const validateOnly = ctx.query.boolean('validateOnly') ?? false;
  ctx.query.boolean('adminAccess');
  const body = await readJson(ctx.req);
  if (!isRecord(body)) throw errors.badRequest('Request body must be a JSON object', [bodyViolation('', 'expected an object')]);
  if (!isRecord(body.value)) throw errors.badRequest('value is required and must be a JSON object', [bodyViolation('value', 'expected an object')]);
  for (const k of ['updateToken', 'schemaVersion', 'insertAfter', 'insertBefore'] as const) {
    if (body[k] !== undefined && body[k] !== null && typeof body[k] !== 'string') throw errors.badRequest(`${k} must be a string`, [bodyViolation(k, 'expected a string')]);
  }
  const current = core.state.get(ctx.params.objectId!);
  if (!current) throw errors.notFound(NO_OBJECT);
  const schema = core.registry.get(current.schemaId);
  if (!schema) throw errors.notFound("The specified schema doesn't exist.");
  if ((typeof body.insertAfter === 'string' || typeof body.insertBefore === 'string') && !schema.ordered) {
    throw errors.badRequest('insertAfter/insertBefore are only applicable to ordered schemas', [bodyViolation('insertAfter', 'schema is not ordered')]);
  }
  if (typeof body.schemaVersion === 'string' && body.schemaVersion !== schema.version) {
    throw errors.badRequest(`Schema version '${body.schemaVersion}' is not available; latest is '${schema.version}'`, [bodyViolation('schemaVersion', 'unsupported')]);
  }
  ctx.access.requireObject('settings:objects:write', current, 'for the stored object');
  if (typeof body.updateToken === 'string' && body.updateToken !== current.updateToken) throw errors.conflict(STALE_TOKEN);
  const prepared = prepareValue(ctx, current.schemaId, current.scope, body.value, current);
  if (prepared.violations.length) throw errors.schemaValidation(valueViolations(current.schemaId, 0, prepared.violations), body.value);
  ctx.access.requireValue('settings:objects:write', current.schemaId, current.scope, prepared.value, 'for the new value');
  if (validateOnly) return { status: 200, body: { code: 200, objectId: current.objectId } };
  const { mutations } = buildUpdate(core.state, ctx.actor(), current, prepared.value, schema.version);
  await core.state.commit(mutations);
  return { status: 200, body: { code: 200, objectId: current.objectId } };
}
