/**
 * Where each alerting schema keeps an object's management zone, and how the app puts a zone
 * there: the write side of `management-zones.ts`, which reads it. One table for the new-object
 * templates and the UI's forms (which field is the zone picker, and what kind of picker).
 *
 * Values store numeric zone ids, except SLOs, whose entity selector names the zone
 * (`mzName(…)`); a problem notification has no zone of its own and follows its alerting profile.
 * `placeInZone` scopes a new object; `moveToZone` moves an existing one and keeps every field that
 * carries the zone in step (the forms' zone pickers and a clone into another zone call it).
 */
import { getAt, setAt } from '../values/value-path';
import { quoteSelectorValue, scanEntitySelector } from './entity-selector';
import {
  ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO, type AlertingSchemaId,
} from './schema-ids';

/** The field holding an object's zone; `path` is dotted (`queryDefinition.managementZone`). */
export type ZoneField =
  /** one numeric zone id */
  | { kind: 'zone-id'; path: string }
  /** a list of numeric zone ids */
  | { kind: 'zone-ids'; path: string }
  /** an entity selector whose top-level `mzName(…)` names the zone */
  | { kind: 'selector-zone-name'; path: string }
  /** no zone: the objectId of the alerting profile whose zone the object follows */
  | { kind: 'alerting-profile'; path: string };

export const ZONE_FIELDS: Readonly<Record<AlertingSchemaId, ZoneField>> = {
  [ALERTING_PROFILE]: { kind: 'zone-id', path: 'managementZone' },
  [PROBLEM_NOTIFICATIONS]: { kind: 'alerting-profile', path: 'alertingProfile' },
  [METRIC_EVENTS]: { kind: 'zone-id', path: 'queryDefinition.managementZone' },
  // filters are OR-ed (one without zones matches everywhere): the app writes the first filter's zones
  [MAINTENANCE_WINDOW]: { kind: 'zone-ids', path: 'filters.0.managementZones' },
  [SLO]: { kind: 'selector-zone-name', path: 'filter' },
};

/** Where an object goes: a zone (its id for values, its name for selectors), or for a notification the profile to follow. */
export interface ZonePlacement {
  zone: { id: string; name: string } | undefined;
  alertingProfileId?: string;
}

/** Only services: what the app's SLO template measures. */
const SLO_ENTITIES = 'type("SERVICE")';

/**
 * `value` scoped to exactly `placement.zone` (to no zone when it is undefined), as a new object
 * starts: besides the zone field, a metric event's MANAGEMENT_ZONE entity conditions name the
 * same zone (they narrow the query, and every listed zone must be the team's), and an SLO's
 * selector becomes the services of that zone.
 */
export function placeInZone<T extends Record<string, unknown>>(schemaId: AlertingSchemaId, value: T, placement: ZonePlacement): T {
  const { zone } = placement;
  const zoneId = zone?.id ?? null;
  const field = ZONE_FIELDS[schemaId];
  switch (schemaId) {
    case ALERTING_PROFILE:
      return setAt(value, field.path, zoneId);
    case PROBLEM_NOTIFICATIONS:
      return setAt(value, field.path, placement.alertingProfileId ?? '');
    case METRIC_EVENTS: {
      const conditions = zoneId ? [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: zoneId }] : [];
      return setAt(setAt(value, field.path, zoneId), 'queryDefinition.entityFilter.conditions', conditions);
    }
    case MAINTENANCE_WINDOW:
      return setAt(value, field.path, zoneId ? [zoneId] : []);
    case SLO:
      return setAt(value, field.path, zone ? `${SLO_ENTITIES},${zoneCriterion(zone.name)}` : SLO_ENTITIES);
  }
}

const zoneCriterion = (zoneName: string) => `mzName(${quoteSelectorValue(zoneName)})`;

/**
 * An entity selector with its top-level `mzName(…)` set to `zoneName`: the first one replaced
 * (where it is written as `quoteSelectorValue` writes it), or the criterion added — to services
 * when the selector is empty.
 */
export function withSelectorZone(selector: string, zoneName: string): string {
  const current = scanEntitySelector(selector).names[0];
  const criterion = zoneCriterion(zoneName);
  // a replacer function: a `$&` or `$1` in a zone name is text, not a replacement pattern
  if (current !== undefined) return selector.replace(zoneCriterion(current), () => criterion);
  return selector.trim() ? `${selector.trim()},${criterion}` : `${SLO_ENTITIES},${criterion}`;
}

type Zone = { id: string; name: string };
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isZoneCondition = (c: unknown, id: string | undefined): boolean =>
  isObj(c) && c.type === 'MANAGEMENT_ZONE' && (id === undefined || c.value === id);

/** A metric event's query zone and the entity conditions naming the zone, moved together. */
function moveMetricEvent<T extends Obj>(value: T, from: Zone | undefined, to: Zone | undefined): T {
  let out = setAt(value, 'queryDefinition.managementZone', to?.id ?? null);
  const filter = getAt(out, 'queryDefinition.entityFilter');
  // the entity filter applies to metric-key queries only; a selector query has none to keep in step
  if (!isObj(filter)) return out;
  let conditions = list(filter.conditions).flatMap((c) => {
    if (!from || !isZoneCondition(c, from.id)) return [c];
    return to ? [{ ...(c as Obj), value: to.id }] : [];
  });
  if (to && !conditions.some((c) => isZoneCondition(c, to.id))) conditions = [...conditions, { type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: to.id }];
  out = setAt(out, 'queryDefinition.entityFilter.conditions', conditions);
  return out;
}

/** Every filter of a maintenance window: `from` replaced by `to`, a filter without a zone given `to`. */
function moveMaintenanceWindow<T extends Obj>(value: T, from: Zone | undefined, to: Zone | undefined): T {
  const filters = list(value.filters);
  if (filters.length === 0) return to ? setAt(value, 'filters', [{ managementZones: [to.id] }]) : value;
  return setAt(value, 'filters', filters.map((f) => {
    if (!isObj(f)) return f;
    const zones = list(f.managementZones).filter((z) => z !== from?.id);
    const next = to && (zones.length < list(f.managementZones).length || zones.length === 0) && !zones.includes(to.id) ? [...zones, to.id] : zones;
    return { ...f, managementZones: next };
  }));
}

/**
 * `value` moved from zone `from` to zone `to` (undefined: no zone), every field that carries the
 * zone in step: an alerting profile's `managementZone`; a metric event's query zone and the
 * MANAGEMENT_ZONE entity conditions that named `from` (one is added for `to` when none names it);
 * each maintenance-window filter (`from` replaced, a filter without zones given `to`, a window
 * without filters given one); an SLO's top-level `mzName`. Other fields and zones stay as they are;
 * a problem notification has no zone and is returned unchanged, as is an SLO moved to no zone.
 */
export function moveToZone<T extends Obj>(schemaId: AlertingSchemaId, value: T, move: { from: Zone | undefined; to: Zone | undefined }): T {
  const { from, to } = move;
  switch (schemaId) {
    case ALERTING_PROFILE:
      return setAt(value, ZONE_FIELDS[schemaId].path, to?.id ?? null);
    case METRIC_EVENTS:
      return moveMetricEvent(value, from, to);
    case MAINTENANCE_WINDOW:
      return moveMaintenanceWindow(value, from, to);
    case SLO:
      return to ? setAt(value, 'filter', withSelectorZone(typeof value.filter === 'string' ? value.filter : '', to.name)) : value;
    case PROBLEM_NOTIFICATIONS:
      return value;
  }
}
