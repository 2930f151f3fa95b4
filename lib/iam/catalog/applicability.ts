/**
 * Where a condition can match at all, read from the reference's own sentences (seed 002) rather
 * than from a hand-written list, so the validator's dead-grant findings follow the catalog:
 * - `environment:management-zone` on settings objects "is applicable to either: any settings
 *   object that is allowed on the scope of an entity that can be matched into a management zone or
 *   settings objects of the schemas builtin:alerting.maintenance-window, builtin:alerting.profile,
 *   builtin:anomaly-detection.metric-events, builtin:monitoring.slo and
 *   builtin:problem.notifications" — the schema ids are taken from that description;
 * - `shared:app-id` on settings permissions is "Only applicable to objects of schemas that have
 *   been added via apps" — builtin schemas (`builtin:…`) are not.
 */
import { permissionCatalog } from './catalog';

export const ZONE_CONDITION = 'environment:management-zone';
const SCHEMA_ID = /builtin:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*/g;

function schemasNamedBy(description: string): string[] {
  return [...new Set(description.match(SCHEMA_ID) ?? [])].sort();
}

const ZONE_SCHEMAS: readonly string[] = Object.freeze(schemasNamedBy(permissionCatalog.condition('settings:objects:write', ZONE_CONDITION)?.description ?? ''));

/** The schemas whose objects the zone condition scopes whatever their scope (seed 002: five). */
export function zoneScopedSchemas(): readonly string[] {
  return ZONE_SCHEMAS;
}

/**
 * The schemas a zone condition on `permission` applies to regardless of scope, or undefined when
 * the condition's description names none (e.g. `environment:roles:*`: zones of any kind).
 */
export function zoneSchemasFor(permission: string): readonly string[] | undefined {
  const c = permissionCatalog.condition(permission, ZONE_CONDITION);
  if (!c) return undefined;
  const named = schemasNamedBy(c.description);
  return named.length > 0 ? named : undefined;
}

/** True when the reference says the condition applies only to objects of schemas added by apps. */
export function onlyForAppSchemas(permission: string, condition: string): boolean {
  const c = permissionCatalog.condition(permission, condition);
  return c !== undefined && /only applicable to objects of schemas that have been added via apps/i.test(c.description);
}
