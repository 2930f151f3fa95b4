/**
 * How a stored object looks on the wire: the `fields` projection (default set decided here,
 * facts §6 q9), summaries, masked secrets, resourceContext / modificationInfo.
 */
import type { Core } from '../core';
import type { AuthedCtx } from '../http/context';
import type { StoredObject } from '../model/types';

export const OBJECT_FIELDS = [
  'objectId', 'summary', 'searchSummary', 'created', 'modified', 'createdBy', 'modifiedBy', 'author',
  'updateToken', 'scope', 'modificationInfo', 'resourceContext', 'owner', 'schemaId', 'schemaVersion', 'value', 'externalId',
] as const;

/** Assumption (facts §6 q9): without `fields` a list returns objectId and value only. */
export const DEFAULT_LIST_FIELDS = ['objectId', 'value'];
/** GET by id returns every field except the deprecated ones and `owner` (no owner-based access control). */
export const GET_FIELDS = ['objectId', 'summary', 'searchSummary', 'created', 'modified', 'createdBy', 'modifiedBy', 'author', 'updateToken', 'scope', 'schemaId', 'schemaVersion', 'value', 'externalId', 'resourceContext'];

/**
 * Per-platform caches of what a stored instance looks like on the wire regardless of the caller
 * (summary, masked value). Stored objects are immutable — a write stores a new instance — so an
 * entry stays valid as long as the instance exists.
 */
interface ViewCache {
  summary: WeakMap<StoredObject, string>;
  masked: WeakMap<StoredObject, unknown>;
}
const viewCaches = new WeakMap<Core, ViewCache>();

function viewCache(core: Core): ViewCache {
  let c = viewCaches.get(core);
  if (!c) viewCaches.set(core, (c = { summary: new WeakMap(), masked: new WeakMap() }));
  return c;
}

/** The value with its secrets masked (computed once per stored instance). */
export function maskedValueOf(core: Core, o: StoredObject): unknown {
  const cache = viewCache(core).masked;
  let v = cache.get(o);
  if (v === undefined && !cache.has(o)) cache.set(o, (v = core.registry.mask(o.schemaId, o.value)));
  return v;
}

export function summaryOf(core: Core, o: StoredObject): string {
  const cache = viewCache(core).summary;
  let s = cache.get(o);
  if (s === undefined) cache.set(o, (s = computeSummary(core, o)));
  return s;
}

function computeSummary(core: Core, o: StoredObject): string {
  const fromLib = core.registry.isAppSchema(o.schemaId) ? undefined : core.deps.alerting.summaryOf(o.schemaId, o.value);
  if (fromLib) return fromLib;
  const v = (o.value ?? {}) as Record<string, unknown>;
  const gp = v.generalProperties as Record<string, unknown> | undefined;
  for (const c of [v.name, v.displayName, v.summary, gp?.name, v.id]) if (typeof c === 'string') return c;
  return o.objectId;
}

export function renderObject(ctx: AuthedCtx, o: StoredObject, fields: readonly string[]): Record<string, unknown> {
  const { core } = ctx;
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    switch (f) {
      case 'objectId': out.objectId = o.objectId; break;
      case 'summary': out.summary = summaryOf(core, o); break;
      case 'searchSummary': out.searchSummary = summaryOf(core, o); break;
      case 'created': out.created = o.created; break;
      case 'modified': out.modified = o.modified; break;
      case 'createdBy': out.createdBy = o.createdBy; break;
      case 'modifiedBy': out.modifiedBy = o.modifiedBy; break;
      case 'author': out.author = o.modifiedBy; break;
      case 'updateToken': out.updateToken = o.updateToken; break;
      case 'scope': out.scope = o.scope; break;
      case 'schemaId': out.schemaId = o.schemaId; break;
      case 'schemaVersion': out.schemaVersion = o.schemaVersion; break;
      case 'externalId': if (o.externalId !== undefined) out.externalId = o.externalId; break;
      case 'value': out.value = maskedValueOf(core, o); break;
      case 'resourceContext': {
        const write = ctx.access.canObject('settings:objects:write', o).allowed;
        out.resourceContext = {
          operations: write ? ['read', 'write', 'delete'] : ['read'],
          modifications: { modifiablePaths: [], nonModifiablePaths: [], movable: false },
        };
        break;
      }
      case 'modificationInfo': {
        const write = ctx.access.canObject('settings:objects:write', o).allowed;
        out.modificationInfo = { deletable: write, modifiable: write, modifiablePaths: [], nonModifiablePaths: [], movable: false, first: false };
        break;
      }
      case 'owner':
        break; // no owner-based access control is emulated
    }
  }
  return out;
}
