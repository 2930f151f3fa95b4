/**
 * Which management zones a settings object of the five alerting schemas touches — the input of
 * every team-scope decision. The result says how the object is scoped:
 *
 * - `zones`: the object names zones itself. `ids` are numeric MZ ids (as stored in values),
 *   `names` are MZ names (only SLO selectors can name zones by `mzName`). Callers resolve names
 *   to ids with the management-zone table. Semantics differ per schema and are the caller's
 *   business: a maintenance-window filter with several zones matches entities in *all* of them,
 *   an SLO selector with several `mzId`/`mzName` criteria too (AND); a metric event's
 *   `queryDefinition.managementZone` and its MANAGEMENT_ZONE entity conditions are all listed.
 *   Guardrails should require every listed zone to belong to the team (fail closed).
 * - `via-alerting-profile`: problem notifications have no zone; their owner is the owner of the
 *   referenced alerting profile (`alertingProfileId` = its objectId). Undocumented Dynatrace
 *   behaviour, assumed by this app.
 * - `global`: the object names no zone (e.g. an alerting profile without `managementZone`, a
 *   maintenance window with no filter or with one filter without zones — filters are OR-ed —, an
 *   SLO selector without top-level zone criteria, a metric event without `queryDefinition.managementZone`).
 *   Only unrestricted writers may own those.
 * - `unknown`: the schema is not one of the five, or the value is not an object / malformed
 *   (e.g. an SLO selector with unbalanced quotes) — callers must fail closed.
 */
import { scanEntitySelector } from './entity-selector';
import {
  ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO, arr, field,
} from './schema-ids';

/** One zone reference and the value path it was read from (`filter` for SLO selectors). */
export type ZoneRef = { id: string; path: string } | { name: string; path: string };

export type ZoneScope =
  | { kind: 'zones'; ids: string[]; names: string[]; refs: ZoneRef[] }
  | { kind: 'via-alerting-profile'; alertingProfileId: string | undefined; ids: []; names: [] }
  | { kind: 'global'; path: string; ids: []; names: [] }
  | { kind: 'unknown'; path: string; reason: string; ids: []; names: [] };

const NUMERIC_ID = /^-?\d{1,19}$/;
const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const unknownScope = (path: string, reason: string): ZoneScope => ({ kind: 'unknown', path, reason, ids: [], names: [] });
const globalScope = (path: string): ZoneScope => ({ kind: 'global', path, ids: [], names: [] });

function zones(refs: ZoneRef[]): ZoneScope {
  // most objects name exactly one zone: no Sets for each of thousands of listed objects
  if (refs.length === 1) {
    const r = refs[0]!;
    return 'id' in r ? { kind: 'zones', ids: [r.id], names: [], refs } : { kind: 'zones', ids: [], names: [r.name], refs };
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const r of refs) { if ('id' in r) ids.add(r.id); else names.add(r.name); }
  return { kind: 'zones', ids: [...ids], names: [...names], refs };
}

/** A zone id field: absent/null/"" → 'absent'; a numeric string → the ref; anything else → 'bad'. */
function zoneId(v: unknown, path: string): ZoneRef | 'absent' | 'bad' {
  if (v === undefined || v === null || v === '') return 'absent';
  return typeof v === 'string' && NUMERIC_ID.test(v) ? { id: v, path } : 'bad';
}

/** The objectId of the alerting profile a problem notification uses (undefined if absent). */
export function alertingProfileOf(value: unknown): string | undefined {
  const p = field(value, 'alertingProfile');
  return typeof p === 'string' && p !== '' ? p : undefined;
}

/** The scope of an object (see the module comment). Never throws. */
export function managementZoneIdsOf(schemaId: string, value: unknown): ZoneScope {
  if (!isObject(value)) return unknownScope('', 'the value is not an object');
  switch (schemaId) {
    case ALERTING_PROFILE: {
      const z = zoneId(field(value, 'managementZone'), 'managementZone');
      if (z === 'bad') return unknownScope('managementZone', 'the management zone is not a numeric id');
      return z === 'absent' ? globalScope('managementZone') : zones([z]);
    }
    case PROBLEM_NOTIFICATIONS:
      return { kind: 'via-alerting-profile', alertingProfileId: alertingProfileOf(value), ids: [], names: [] };
    case METRIC_EVENTS: {
      const path = 'queryDefinition/managementZone';
      const z = zoneId(field(value, 'queryDefinition', 'managementZone'), path);
      if (z === 'bad') return unknownScope(path, 'the management zone is not a numeric id');
      // Entity-filter zone conditions only narrow the query (and may be negated): without the
      // query's own zone the event is global. With it, they are listed too (all must be the team's).
      if (z === 'absent') return globalScope(path);
      const refs: ZoneRef[] = [z];
      const conditions = arr(field(value, 'queryDefinition', 'entityFilter', 'conditions'));
      for (let i = 0; i < conditions.length; i++) {
        if (field(conditions[i], 'type') !== 'MANAGEMENT_ZONE') continue;
        const cPath = `queryDefinition/entityFilter/conditions/${i}/value`;
        const c = zoneId(field(conditions[i], 'value'), cPath);
        if (c === 'bad' || c === 'absent') return unknownScope(cPath, 'the management zone condition is not a numeric id');
        refs.push(c);
      }
      return zones(refs);
    }
    case MAINTENANCE_WINDOW: {
      const filters = field(value, 'filters');
      if (filters !== undefined && !Array.isArray(filters)) return unknownScope('filters', 'filters is not a list');
      if (!Array.isArray(filters) || filters.length === 0) return globalScope('filters');
      const refs: ZoneRef[] = [];
      for (let i = 0; i < filters.length; i++) {
        const mzs = field(filters[i], 'managementZones');
        // Filters are OR-ed: one filter without a zone matches entities anywhere.
        if (!Array.isArray(mzs) || mzs.length === 0) return globalScope(`filters/${i}/managementZones`);
        for (let j = 0; j < mzs.length; j++) {
          const zPath = `filters/${i}/managementZones/${j}`;
          const z = zoneId(mzs[j], zPath);
          if (z === 'bad' || z === 'absent') return unknownScope(zPath, 'the management zone is not a numeric id');
          refs.push(z);
        }
      }
      return zones(refs);
    }
    case SLO: {
      const filter = field(value, 'filter');
      if (filter !== undefined && filter !== null && typeof filter !== 'string') return unknownScope('filter', 'the entity selector is not text');
      const scan = scanEntitySelector(filter ?? '');
      if (scan.malformed) return unknownScope('filter', 'the entity selector is malformed');
      const refs: ZoneRef[] = [...scan.ids.map((id) => ({ id, path: 'filter' })), ...scan.names.map((name) => ({ name, path: 'filter' }))];
      return refs.length ? zones(refs) : globalScope('filter');
    }
    default:
      return unknownScope('', `schema ${schemaId} is not an alerting schema`);
  }
}
