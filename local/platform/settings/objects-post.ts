/**
 * `POST /settings/objects` — batch create (and externalId upsert). Each item is handled on its
 * own and answered with its own `code`; the overall status is that code when all items agree,
 * 207 when they differ, and a 403 ErrorEnvelope when no item was allowed at all.
 */
import type { Core } from '../core';
import type { AuthedCtx, Reply } from '../http/context';
import { errors, type ConstraintViolation } from '../errors';
import { readJson } from '../../http/body';
import { buildCreate, buildUpdate } from '../model/object-writes';
import type { Json } from '../model/types';
import type { JournalEntry } from '../store/tenant-state';
import { bodyViolation, isRecord, prepareValue } from '../settings-common/object-input';
import { failedObject as fail, valueViolations, type SettingsObjectResponse as ItemResult } from './object-response';

function allowedScopes(core: Core, schemaId: string): string[] {
  const s = core.registry.get(schemaId)?.allowedScopes;
  return Array.isArray(s) ? s : ['environment'];
}

export async function postObjects(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['validateOnly', 'adminAccess']);
  const validateOnly = ctx.query.boolean('validateOnly') ?? false;
  ctx.query.boolean('adminAccess');
  ctx.access.requireAppScope('settings:objects:write');
  const body = await readJson(ctx.req);
  if (!Array.isArray(body)) throw errors.badRequest('Request body must be a JSON array of settings objects', [bodyViolation('', 'expected an array')]);
  if (body.length === 0) throw errors.badRequest('Request body must contain at least one settings object');
  if (body.length > 1000) throw errors.badRequest('At most 1000 settings objects can be created in one request');

  const pending: JournalEntry[] = [];
  const results = body.map((item, index) => createOne(ctx, item as Json, index, validateOnly, pending));
  if (pending.length) await ctx.core.state.persist(pending);

  const codes = new Set(results.map((r) => r.code));
  if (codes.size === 1 && codes.has(403)) {
    throw errors.forbidden('settings:objects:write', results.length === 1 ? results[0]!.error!.message.replace(/^Access denied: missing permission 'settings:objects:write' ?/, '') : 'for any of the submitted objects');
  }
  const status = codes.size === 1 ? results[0]!.code : 207;
  return { status, body: results };
}

function createOne(ctx: AuthedCtx, item: Json, index: number, validateOnly: boolean, pending: JournalEntry[]): ItemResult {
  const { core, access, actor } = ctx;
  if (!isRecord(item)) return fail(400, 'Settings object must be a JSON object', [bodyViolation(`${index}`, 'expected an object')]);
  const shape: ConstraintViolation[] = [];
  if (typeof item.schemaId !== 'string' || !item.schemaId) shape.push(bodyViolation(`${index}/schemaId`, 'schemaId is required and must be a string'));
  if (typeof item.scope !== 'string' || !item.scope) shape.push(bodyViolation(`${index}/scope`, 'scope is required and must be a string'));
  if (!isRecord(item.value)) shape.push(bodyViolation(`${index}/value`, 'value is required and must be a JSON object'));
  for (const k of ['externalId', 'schemaVersion', 'objectId', 'insertAfter'] as const) {
    if (item[k] !== undefined && item[k] !== null && typeof item[k] !== 'string') shape.push(bodyViolation(`${index}/${k}`, `${k} must be a string`));
  }
  if (typeof item.externalId === 'string' && item.externalId.length > 500) shape.push(bodyViolation(`${index}/externalId`, 'externalId must be at most 500 characters'));
  if (shape.length) return fail(400, 'Invalid settings object', shape);
  const schemaId = item.schemaId as string;
  const scope = item.scope as string;
  const value = item.value as Json;
  const schema = core.registry.get(schemaId);
  if (!schema) return fail(404, "The specified schema doesn't exist.");
  if (typeof item.schemaVersion === 'string' && item.schemaVersion !== schema.version) {
    return fail(400, `Schema version '${item.schemaVersion}' is not available; latest is '${schema.version}'`, [bodyViolation(`${schemaId}/${index}`, 'unsupported schemaVersion')]);
  }
  if (!allowedScopes(core, schemaId).includes(scope)) {
    return fail(400, `Scope '${scope}' is not allowed for schema '${schemaId}'`, [bodyViolation(`${schemaId}/${index}`, `allowed scopes: ${allowedScopes(core, schemaId).join(', ')}`)]);
  }
  if (typeof item.insertAfter === 'string' && !schema.ordered) {
    return fail(400, 'insertAfter is only applicable to ordered schemas', [bodyViolation(`${schemaId}/${index}/insertAfter`, 'schema is not ordered')]);
  }
  const existing = typeof item.externalId === 'string' ? core.state.byExternal(scope, item.externalId) : undefined;
  if (existing && existing.schemaId !== schemaId) return fail(409, `externalId '${item.externalId}' is already used by an object of schema '${existing.schemaId}'`);
  if (typeof item.objectId === 'string' && (!existing || existing.objectId !== item.objectId)) {
    if (!item.externalId) return fail(400, 'objectId is only applicable together with externalId', [bodyViolation(`${schemaId}/${index}/objectId`, 'needs externalId')]);
  }
  if (existing) {
    const d = access.canObject('settings:objects:write', existing);
    if (!d.allowed) return fail(403, errors.forbidden('settings:objects:write', 'for the object this externalId replaces').message);
  }
  const d = access.canValue('settings:objects:write', schemaId, scope, value);
  if (!d.allowed) {
    return fail(403, errors.forbidden('settings:objects:write', d.deniedZone !== undefined ? `for management zone '${d.deniedZone}'` : `for schema '${schemaId}'`).message);
  }
  const prepared = prepareValue(ctx, schemaId, scope, value, existing);
  if (prepared.violations.length) return fail(400, 'Schema validation failed', valueViolations(schemaId, index, prepared.violations), value);
  if (validateOnly) return { code: 200 };
  const finalValue = prepared.value;
  const built = existing
    ? buildUpdate(core.state, actor(), existing, finalValue, schema.version)
    : buildCreate(core.state, actor(), { schemaId, schemaVersion: schema.version, scope, value: finalValue, externalId: item.externalId as string | undefined });
  // applied now (so later items in the batch see it), persisted once for the whole batch
  pending.push(...core.state.applyNow(built.mutations));
  return { code: 200, objectId: built.object.objectId };
}
