/**
 * Dynatrace's server-side custom validators (`CUSTOM_VALIDATOR_REF`) that this project
 * implements: the ones that decide team scoping (management-zone permission validators), plus a
 * few cheap content checks. Validators not listed here are accepted without checks (see
 * README "Differences from Dynatrace").
 */
import { scanEntitySelector } from '../alerting/entity-selector';
import { join } from './format';
import {
  MSG_ALERTING_PROFILE_MZ, MSG_INVALID_REGEX, MSG_MW_FILTER_CONTAINER, MSG_MW_PERMISSION_FILTER,
  MSG_MW_PERMISSION_TOP, MSG_SLO_GLOBAL_FORBIDDEN,
} from './messages';
import type { ValidationContext } from './types';

export interface Reporter {
  ctx: SafeContext;
  report(path: string, message: string): void;
}

/** The context with every callback guarded: a throwing callback answers "no" (fail closed). */
export interface SafeContext {
  unrestricted: boolean;
  canWriteZone(id: string): boolean;
  zoneExists(id: string): boolean;
  settingExists(schemaId: string, objectId: string): boolean;
  zoneNameTaken(name: string): boolean;
  valueTaken(schemaId: string, property: string, value: unknown): boolean;
  zoneIdByName(name: string): string | undefined;
}

function guard<A extends unknown[], R>(fn: ((...a: A) => R) | undefined, fallback: R, thisArg: unknown): (...a: A) => R {
  return (...a: A) => {
    if (!fn) return fallback;
    try { return fn.apply(thisArg, a); } catch { return fallback; }
  };
}

export function safeContext(c: ValidationContext): SafeContext {
  let unrestricted = false;
  try { unrestricted = c.hasUnrestrictedWrite === true; } catch { /* fail closed */ }
  const taken = guard(c.managementZoneNameTaken, true, c);
  const valueTaken = guard(c.valueTaken, false, c);
  return {
    unrestricted,
    canWriteZone: guard(c.canWriteZone, false, c),
    zoneExists: guard(c.managementZoneExists, false, c),
    settingExists: guard(c.settingExists, false, c),
    zoneNameTaken: (name) => (c.managementZoneNameTaken ? taken(name, c.objectId) : false),
    valueTaken: (schemaId, property, value) => valueTaken(schemaId, property, value, c.objectId),
    zoneIdByName: guard(c.managementZoneIdByName, undefined, c),
  };
}

type Obj = Record<string, unknown>;
export type ObjectValidator = (obj: Obj, path: string, r: Reporter, message: string | undefined, where: string) => void;
export type ValueValidator = (value: unknown, path: string, r: Reporter, message: string | undefined) => void;

const isEmptyArray = (v: unknown) => !Array.isArray(v) || v.length === 0;
const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** Validators attached to an object type (or, with `where === ''`, to the schema's top level). */
export const objectValidators: Record<string, ObjectValidator> = {
  'alerting-profile-mz-validator': (obj, path, r, message) => {
    if (r.ctx.unrestricted) return;
    const mz = obj.managementZone;
    if (typeof mz !== 'string' || !r.ctx.canWriteZone(mz)) {
      r.report(join(path, 'managementZone'), message ?? MSG_ALERTING_PROFILE_MZ);
    }
  },
  // One id, two placements: top level (needs at least one filter) and per Filter (needs a zone).
  'maintenance-window-permission-validator': (obj, path, r, message, where) => {
    if (r.ctx.unrestricted) return;
    if (where === '') {
      if (isEmptyArray(obj.filters)) r.report(join(path, 'filters'), message ?? MSG_MW_PERMISSION_TOP);
      return;
    }
    const zones = obj.managementZones;
    if (isEmptyArray(zones)) { r.report(path, message ?? MSG_MW_PERMISSION_FILTER); return; }
    // Stricter than "one zone suffices": every zone named must be writable (fail closed).
    (zones as unknown[]).forEach((z, i) => {
      if (typeof z !== 'string' || !r.ctx.canWriteZone(z)) r.report(join(join(path, 'managementZones'), i), MSG_ALERTING_PROFILE_MZ);
    });
  },
  'maintenance-window-filter-container-validator': (obj, path, r, message) => {
    if (isBlank(obj.entityType) && isBlank(obj.entityId) && isEmptyArray(obj.entityTags) && isEmptyArray(obj.managementZones)) {
      r.report(path, message ?? MSG_MW_FILTER_CONTAINER);
    }
  },
  'alerting-profile-text-filter-regex-validator': (obj, path, r, message) => {
    if (obj.operator !== 'REGEX_MATCHES' || typeof obj.value !== 'string' || obj.value.length > 1000) return;
    try { new RegExp(obj.value); } catch { r.report(join(path, 'value'), message ?? MSG_INVALID_REGEX); }
  },
};

/** Validators attached to a single property value. */
export const valueValidators: Record<string, ValueValidator> = {
  'slo-entity-selector-validator': (value, path, r) => {
    if (typeof value !== 'string') return;
    const zones = scanEntitySelector(value);
    if (zones.malformed) {
      r.report(path, 'The entity selector is malformed: check parentheses and quotes (escape " and ~ with ~).');
      return;
    }
    if (r.ctx.unrestricted) return;
    const writable = zones.ids.some((id) => r.ctx.canWriteZone(id)) ||
      zones.names.some((n) => { const id = r.ctx.zoneIdByName(n); return id !== undefined && r.ctx.canWriteZone(id); });
    if (!writable) r.report(path, MSG_SLO_GLOBAL_FORBIDDEN);
  },
};
