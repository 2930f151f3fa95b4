/**
 * Shared bits of the app settings v2 emulation: permission attributes, the object view
 * (`version` is the object's opaque lock token) and input checks. Errors use the platform
 * envelope `{"error":{"code","message","details":{constraintViolations|missingScopes}}}`.
 */
import { errors } from '../errors';
import type { AuthedCtx, RequestCtx } from '../http/context';
import type { StoredObject } from '../model/types';

export const APP_FIELDS = ['objectId', 'version', 'summary', 'searchSummary', 'schemaId', 'schemaVersion', 'modificationInfo', 'resourceContext', 'value', 'owner'];
export const APP_DEFAULT_FIELDS = ['objectId', 'version'];
export const NO_APP_OBJECT = 'Settings object not found';

export function requireAppSchema(ctx: RequestCtx, schemaId: string): void {
  if (!ctx.core.registry.isAppSchema(schemaId)) throw errors.notFound(`Schema '${schemaId}' not found`);
}

export function requireAppPermission(ctx: AuthedCtx, permission: 'app-settings:objects:read' | 'app-settings:objects:write', schemaId: string): void {
  ctx.access.require(permission, { 'settings:schemaId': schemaId, 'shared:app-id': ctx.core.registry.appId }, `for schema '${schemaId}'`);
}

export function canWrite(ctx: AuthedCtx, schemaId: string): boolean {
  if (!ctx.access.appScopeAllows('app-settings:objects:write')) return false;
  return ctx.access.authorize('app-settings:objects:write', { 'settings:schemaId': schemaId, 'shared:app-id': ctx.core.registry.appId });
}

export function renderAppObject(ctx: AuthedCtx, o: StoredObject, fields: readonly string[]): Record<string, unknown> {
  const value = o.value as Record<string, unknown>;
  const summary = [value?.displayName, value?.name, value?.id].find((x) => typeof x === 'string') ?? o.objectId;
  const all: Record<string, () => unknown> = {
    objectId: () => o.objectId,
    version: () => o.updateToken,
    summary: () => summary,
    searchSummary: () => summary,
    schemaId: () => o.schemaId,
    schemaVersion: () => o.schemaVersion,
    modificationInfo: () => ({
      createdBy: o.createdBy,
      createdTime: new Date(o.created).toISOString(),
      lastModifiedBy: o.modifiedBy,
      lastModifiedTime: new Date(o.modified).toISOString(),
    }),
    resourceContext: () => ({
      operations: canWrite(ctx, o.schemaId) ? ['read', 'write', 'delete'] : ['read'],
      modifications: { modifiablePaths: [], nonModifiablePaths: [], movable: false },
    }),
    value: () => ctx.core.registry.mask(o.schemaId, o.value),
    owner: () => undefined,
  };
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = all[f]?.();
    if (v !== undefined) out[f] = v;
  }
  return out;
}

export const appObjectField = (o: StoredObject, field: string): unknown => {
  switch (field) {
    case 'modificationInfo.createdBy': return o.createdBy;
    case 'modificationInfo.createdTime': return o.created;
    case 'modificationInfo.lastModifiedBy': return o.modifiedBy;
    case 'modificationInfo.lastModifiedTime': return o.modified;
    default: {
      if (!field.startsWith('value.')) return undefined;
      let cur: unknown = o.value;
      for (const p of field.slice(6).split('.')) cur = cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>)[p] : undefined;
      return cur;
    }
  }
};
