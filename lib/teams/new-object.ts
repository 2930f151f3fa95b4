/**
 * The starting value of a team's new object: the schema's defaults (lib/settings-schemas) plus
 * what only the team decides — its first zone, wherever the schema keeps it (lib/alerting), and
 * its naming prefix — and nothing invented: no tags, no filters, no descriptions, no recipients.
 * A maintenance window starts tomorrow in the user's time zone, not in 1970. What is left is what
 * only the user can say (the name after the prefix, a metric key, recipients, a URL): the form's
 * checks and `nameToFillIn` name those fields.
 *
 * `startingValuesFor` gives the same starting values to the editor, for branches that appear
 * while editing (another schedule type, a new maintenance filter), so they start the same way.
 */
import { namePathOf } from '../alerting/naming';
import { MAINTENANCE_WINDOW, PROBLEM_NOTIFICATIONS, SLO, type AlertingSchemaId } from '../alerting/schema-ids';
import { upcomingSchedules } from '../alerting/maintenance-schedule';
import { placeInZone } from '../alerting/zone-placement';
import { schemaDefinitions } from '../settings-schemas/definitions';
import { addItem, defaultValueOf, type Starting } from '../settings-schemas/form';
import { getAt, normalizePath, setAt } from '../values/value-path';

/** What of a team the template uses (the `get-context` team has this shape). */
export interface NewObjectTeam {
  id: string;
  /** the team's zones; `id` null when no zone of that name exists */
  managementZones: ReadonlyArray<{ name: string; id: string | null }>;
  rules: { naming?: { kind: string; value: string } };
}

export interface NewObjectOptions {
  /** for a problem notification: the team's alerting profile it starts with */
  alertingProfileId?: string;
  /** the time of creation (ms since the epoch): schedules start the day after; an SLO's metric name is made unique with it */
  now: number;
  /** the user's IANA time zone (the browser's): maintenance schedules are in it */
  timeZone: string;
}

type Value = Record<string, unknown>;

/** The zone a team's new objects go to: its first zone that exists (a zone the tenant does not know cannot hold one). */
export function startingZoneOf(team: NewObjectTeam): { id: string; name: string } | undefined {
  const first = team.managementZones.find((z) => z.id !== null);
  return first && first.id !== null ? { id: first.id, name: first.name } : undefined;
}

/** The team's name prefix ('' for a pattern rule, which gives no text to start with). */
export function namePrefixOf(team: NewObjectTeam): string {
  return team.rules.naming?.kind === 'prefix' ? team.rules.naming.value : '';
}

/** Starting values by path pattern that differ from the schema's defaults, for the new object and its editor. */
export function startingValuesFor(schemaId: AlertingSchemaId, team: NewObjectTeam, options: Pick<NewObjectOptions, 'now' | 'timeZone'>): Starting {
  if (schemaId !== MAINTENANCE_WINDOW) return () => undefined;
  const schedules = upcomingSchedules(options.now, options.timeZone) as unknown as Record<string, unknown>;
  const zone = startingZoneOf(team);
  return (pattern) => {
    if (pattern === 'filters.*.managementZones') return zone ? [zone.id] : undefined;
    const [head, key] = pattern.split('.');
    return head === 'schedule' && key !== undefined && Object.hasOwn(schedules, key) ? schedules[key] : undefined;
  };
}

export function newObjectValue(schemaId: AlertingSchemaId, team: NewObjectTeam, options: NewObjectOptions): Value {
  const schema = schemaDefinitions[schemaId]!;
  const starting = startingValuesFor(schemaId, team, options);
  const zone = startingZoneOf(team);
  let value = defaultValueOf(schema, starting);
  value = setAt(value, normalizePath(namePathOf(schemaId)), namePrefixOf(team));
  // a maintenance window's zone is in a filter: one filter, made as the form makes one
  if (schemaId === MAINTENANCE_WINDOW && zone) value = addItem(schema, value, 'filters', starting);
  if (schemaId === SLO) {
    // metric names are unique per environment and can never change: the schema's `new_slo` would clash with the next SLO
    value = setAt(value, 'metricName', `${team.id.replace(/[^A-Za-z0-9_]/g, '_')}_slo_${options.now.toString(36)}`);
  }
  // the schema's placeholder profile (all zeros) exists nowhere: the team's first one, or none chosen yet
  if (schemaId === PROBLEM_NOTIFICATIONS && !options.alertingProfileId) return setAt(value, 'alertingProfile', '');
  return placeInZone(schemaId, value, { zone, alertingProfileId: options.alertingProfileId });
}

/**
 * The name's path when the name still holds nothing but the team's prefix: the one field a new
 * object always needs from its user (the schemas accept the bare prefix as a name).
 */
export function nameToFillIn(schemaId: AlertingSchemaId, team: NewObjectTeam, value: Value): string | undefined {
  const path = normalizePath(namePathOf(schemaId));
  const name = getAt(value, path);
  return typeof name === 'string' && name.trim() === namePrefixOf(team).trim() ? path : undefined;
}
