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
 *   maintenance window without zone filters, an SLO selector without top-level zone criteria).
 *   Only unrestricted writers may own those.
 * - `unknown`: the schema is not one of the five, or the value is not an object / malformed
 *   (e.g. an SLO selector with unbalanced quotes) — callers must fail closed.
 */
import { scanEntitySelector } from './entity-selector';
import {
  ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO, arr, field, str,
} from './schema-ids';

export type ZoneScope =
  | { kind: 'zones'; ids: string[]; names: string[] }
  | { kind: 'via-alerting-profile'; alertingProfileId: string | undefined; ids: []; names: [] }
  | { kind: 'global'; ids: []; names: [] }
  | { kind: 'unknown'; reason: string; ids: []; names: [] };

function zonesOrGlobal(ids: Iterable<string>, names: Iterable<string> = []): ZoneScope {
  const i = [...new Set(ids)];
  const n = [...new Set(names)];
  return i.length || n.length ? { kind: 'zones', ids: i, names: n } : { kind: 'global', ids: [], names: [] };
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The objectId of the alerting profile a problem notification uses (undefined if absent). */
export function alertingProfileOf(value: unknown): string | undefined {
  return str(field(value, 'alertingProfile'));
}

/** The scope of an object. Never throws. */
export function managementZoneIdsOf(schemaId: string, value: unknown): ZoneScope {
  if (!isObject(value)) return { kind: 'unknown', reason: 'value is not an object', ids: [], names: [] };
  switch (schemaId) {
    case ALERTING_PROFILE: {
      const mz = str(field(value, 'managementZone'));
      return zonesOrGlobal(mz ? [mz] : []);
    }
    case PROBLEM_NOTIFICATIONS:
      return { kind: 'via-alerting-profile', alertingProfileId: alertingProfileOf(value), ids: [], names: [] };
    case METRIC_EVENTS: {
      const ids: string[] = [];
      const mz = str(field(value, 'queryDefinition', 'managementZone'));
      if (mz) ids.push(mz);
      for (const c of arr(field(value, 'queryDefinition', 'entityFilter', 'conditions'))) {
        const v = str(field(c, 'value'));
        if (field(c, 'type') === 'MANAGEMENT_ZONE' && v) ids.push(v);
      }
      return zonesOrGlobal(ids);
    }
    case MAINTENANCE_WINDOW: {
      const ids: string[] = [];
      for (const f of arr(field(value, 'filters'))) {
        for (const z of arr(field(f, 'managementZones'))) if (typeof z === 'string') ids.push(z);
      }
      return zonesOrGlobal(ids);
    }
    case SLO: {
      const scan = scanEntitySelector(field(value, 'filter') ?? '');
      if (scan.malformed) return { kind: 'unknown', reason: 'the entity selector is malformed', ids: [], names: [] };
      return zonesOrGlobal(scan.ids, scan.names);
    }
    default:
      return { kind: 'unknown', reason: `schema ${schemaId} is not an alerting schema`, ids: [], names: [] };
  }
}
