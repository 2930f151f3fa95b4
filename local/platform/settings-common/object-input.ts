/**
 * Body checks and value preparation shared by every write of Settings 2.0 and app settings v2:
 * wrong types in the body become 400 constraint violations (never a crash); the Dynatrace path
 * prefix of value violations is added where the response is built (`settings/object-response.ts`).
 * `prepareValue` runs secret merging and lib/settings-schemas validation with a context built
 * from the caller's IAM and the store (zones, uniqueness, references).
 */
import type { ValidationContext } from '../deps';
import type { ConstraintViolation } from '../errors';
import type { AuthedCtx } from '../http/context';
import type { Json, StoredObject } from '../model/types';

export const isRecord = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function bodyViolation(path: string, message: string): ConstraintViolation {
  return { path, message, parameterLocation: 'PAYLOAD_BODY' };
}

export function validationContext(ctx: AuthedCtx, schemaId: string, scope: string, self?: StoredObject): ValidationContext {
  const { core, access } = ctx;
  const zones = core.state.managementZones();
  const write = 'settings:objects:write';
  return {
    hasUnrestrictedWrite: access.decide(write, schemaId, scope, []).allowed,
    canWriteZone: (id) => {
      const e = zones.byId.get(id);
      return e !== undefined && access.decide(write, schemaId, scope, [e.name]).allowed;
    },
    managementZoneExists: (id) => zones.byId.has(id),
    settingExists: (sid, oid) => core.state.get(oid)?.schemaId === sid,
    managementZoneNameTaken: (name, except) => {
      const e = zones.byName.get(name);
      return e !== undefined && e.objectId !== (except ?? self?.objectId);
    },
    ...(self ? { objectId: self.objectId } : {}),
    managementZoneIdByName: (name) => zones.byName.get(name)?.id,
    valueTaken: (sid, property, value, except) => {
      const skip = except ?? self?.objectId;
      const needle = JSON.stringify(value);
      for (const o of core.state.ofSchema(sid)) {
        if (o.objectId !== skip && isRecord(o.value) && JSON.stringify(o.value[property]) === needle) return true;
      }
      return false;
    },
  };
}

/** Merges masked secrets (update) and validates; `value` is what to store when valid. */
export function prepareValue(ctx: AuthedCtx, schemaId: string, scope: string, value: Json, existing?: StoredObject): { violations: ConstraintViolation[]; value: Json } {
  const { registry } = ctx.core;
  const merged = existing ? registry.mergeMasked(schemaId, value, existing.value) : { value, violations: [] };
  const normalized = registry.normalize(schemaId, merged.value, validationContext(ctx, schemaId, scope, existing));
  return { violations: [...merged.violations, ...normalized.violations], value: normalized.value };
}
