/**
 * Where each alerting schema keeps an object's management zone, and how the app puts a zone
 * there: the write side of `management-zones.ts`, which reads it. One table for the new-object
 * templates and the UI's forms (which field is the zone picker, and what kind of picker).
 *
 * Values store numeric zone ids, except SLOs, whose entity selector names the zone
 * (`mzName(…)`); a problem notification has no zone of its own and follows its alerting profile.
 */
import { setAt } from '../values/value-path';
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
