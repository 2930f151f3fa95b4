/**
 * Shared helpers of the team-scoping integration tests: valid values per schema for a set of
 * zones, admin fixtures through the platform REST API, the admin's snapshot of all five schemas
 * and the "no escape" diff, and batching of function calls.
 */
import {
  exampleAlertingProfile, exampleMaintenanceWindow, exampleMetricEvent, exampleProblemNotification, exampleSlo,
} from '../../lib/settings-schemas/examples';
import type { LocalStack } from './local-stack';
import { FIVE_SCHEMAS, SCHEMAS, ScopeOracle, type StoredObject } from './scope-oracle';

export const OBJECTS = '/platform/classic/environment-api/v2/settings/objects';
export const ADMIN = 'Ada Admin';

let seq = 0;
/** A unique suffix (names and SLO metric names must be unique per schema). */
export const uniq = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

export function oracleFor(stack: LocalStack): ScopeOracle {
  return new ScopeOracle({
    teams: stack.tenant.teams.map((t) => ({ id: t.id, zones: [...t.managementZones], prefix: t.namingPrefix, approvals: t.approvals })),
    personas: stack.tenant.personas.map((p) => ({ name: p.name, email: p.email, teams: [...p.teams] })),
    zones: stack.tenant.managementZones.map((z) => ({ name: z.name, id: z.id })),
  });
}

/**
 * A valid value of `schemaId` named `name` touching exactly `zones` (names). Notifications need
 * `profileId` (their zones are the profile's). Metric events put the first zone into
 * `queryDefinition.managementZone` and every further zone into a MANAGEMENT_ZONE entity condition.
 */
export function valueFor(oracle: ScopeOracle, schemaId: string, name: string, zones: string[], profileId?: string): Record<string, unknown> {
  const ids = zones.map((z) => oracle.zoneId(z));
  const clone = <T>(v: T): T => structuredClone(v);
  switch (schemaId) {
    case SCHEMAS.profile: {
      if (zones.length > 1) throw new Error('an alerting profile has one zone');
      const v: Record<string, unknown> = { ...clone(exampleAlertingProfile), name };
      if (ids.length) v.managementZone = ids[0];
      else delete v.managementZone;
      return v;
    }
    case SCHEMAS.notification:
      if (!profileId) throw new Error('a notification needs a profile');
      return { ...clone(exampleProblemNotification), displayName: name, alertingProfile: profileId };
    case SCHEMAS.metricEvent: {
      const v = clone(exampleMetricEvent) as Record<string, any>;
      v.summary = name;
      if (ids.length === 0) {
        delete v.queryDefinition.managementZone;
        v.queryDefinition.entityFilter.conditions = [];
      } else {
        v.queryDefinition.managementZone = ids[0];
        v.queryDefinition.entityFilter.conditions = ids.slice(1).map((id) => ({ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: id }));
      }
      return v;
    }
    case SCHEMAS.window: {
      const v = clone(exampleMaintenanceWindow) as Record<string, any>;
      v.generalProperties.name = name;
      v.filters = ids.length ? [{ entityType: 'HOST', entityTags: [], managementZones: ids }] : [];
      return v;
    }
    case SCHEMAS.slo: {
      const v = clone(exampleSlo) as Record<string, any>;
      v.name = name;
      v.metricName = `it_${uniq().replace(/[^a-z0-9]/g, '')}`;
      v.filter = ['type("SERVICE")', ...zones.map((z) => `mzName("${z}")`)].join(',');
      return v;
    }
    default:
      throw new Error(`no value for ${schemaId}`);
  }
}

/** The name a value carries (the field the naming rule reads). */
export function nameIn(schemaId: string, value: Record<string, any>): string {
  switch (schemaId) {
    case SCHEMAS.notification: return value.displayName;
    case SCHEMAS.metricEvent: return value.summary;
    case SCHEMAS.window: return value.generalProperties.name;
    default: return value.name;
  }
}

/** Creates objects as the admin through the platform REST API; returns their objectIds (in order). */
export async function adminCreate(stack: LocalStack, items: Array<{ schemaId: string; value: Record<string, unknown> }>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < items.length; i += 50) {
    const batch = items.slice(i, i + 50);
    const r = await stack.platform(ADMIN, 'POST', OBJECTS, batch.map((b) => ({ schemaId: b.schemaId, scope: 'environment', value: b.value })));
    if (r.status !== 200 || !Array.isArray(r.body)) throw new Error(`admin create failed: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
    for (const item of r.body as Array<{ code: number; objectId?: string; error?: unknown }>) {
      if (item.code !== 200 || !item.objectId) throw new Error(`admin create item failed: ${JSON.stringify(item).slice(0, 500)}`);
      ids.push(item.objectId);
    }
  }
  return ids;
}

/** The admin's view of one object (value and updateToken), or undefined when it does not exist. */
export async function adminGet(stack: LocalStack, objectId: string): Promise<{ value: Record<string, unknown>; updateToken: string } | undefined> {
  const r = await stack.platform(ADMIN, 'GET', `${OBJECTS}/${encodeURIComponent(objectId)}`);
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`admin get failed: ${r.status}`);
  return { value: r.body.value, updateToken: r.body.updateToken };
}

export type Snapshot = Map<string, StoredObject>;

/** Every object of the five schemas as the admin sees it (all pages). */
export async function snapshot(stack: LocalStack): Promise<Snapshot> {
  const out: Snapshot = new Map();
  await Promise.all(FIVE_SCHEMAS.map(async (schemaId) => {
    let r = await stack.platform(ADMIN, 'GET', `${OBJECTS}?schemaIds=${encodeURIComponent(schemaId)}&pageSize=500&fields=objectId,value`);
    for (;;) {
      if (r.status !== 200) throw new Error(`admin list failed: ${r.status} ${JSON.stringify(r.body)}`);
      for (const o of r.body.items) out.set(o.objectId, { objectId: o.objectId, schemaId, value: o.value });
      if (!r.body.nextPageKey) break;
      r = await stack.platform(ADMIN, 'GET', `${OBJECTS}?nextPageKey=${encodeURIComponent(r.body.nextPageKey)}`);
    }
  }));
  return out;
}

export interface Change {
  objectId: string;
  kind: 'created' | 'updated' | 'deleted';
  before?: StoredObject;
  after?: StoredObject;
}

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export function diff(before: Snapshot, after: Snapshot): Change[] {
  const out: Change[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) out.push({ objectId: id, kind: 'deleted', before: b });
    else if (!sameValue(a.value, b.value)) out.push({ objectId: id, kind: 'updated', before: b, after: a });
  }
  for (const [id, a] of after) if (!before.has(id)) out.push({ objectId: id, kind: 'created', after: a });
  return out;
}

/**
 * Escapes: changes a persona made that leave its scope — an object created, changed or deleted
 * that is not owned by one of the persona's teams before (deleted/updated) and after
 * (created/updated). Ownership is judged by the oracle on the respective snapshot.
 */
export function escapesOf(oracle: ScopeOracle, persona: string, changes: Change[], before: Snapshot, after: Snapshot): Change[] {
  return changes.filter((c) => {
    if (c.before && !oracle.ownedByPersona(persona, c.before, before)) return true;
    if (c.after && !oracle.ownedByPersona(persona, c.after, after)) return true;
    return false;
  });
}

/** Runs `f` over `items` in parallel chunks of `size`, in order. */
export async function inChunks<T, R>(items: readonly T[], size: number, f: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map((x, j) => f(x, i + j)))));
  }
  return out;
}
