/**
 * A team's copy of one of its objects, opened in the editor as a new object (nothing is written
 * until the user saves, and the save runs every guardrail like any create):
 *
 * - the name becomes unique among the team's objects of the schema and starts with the team's
 *   prefix (`[checkout] Slow checkout (copy)`, then `(copy 2)`, …), within the name's length limit;
 * - secrets are not copied: every `secret` property is emptied (a listed value holds them masked
 *   anyway), and the caller gets their paths so the editor can ask for them;
 * - properties that can never change after creation name the original (`legacyId` of a metric
 *   event, `metricName` of an SLO, which must also be unique): a nullable one is dropped, a text
 *   one gets a fresh suffix;
 * - the zone stays only when it is the team's; otherwise the copy moves into the team's first zone
 *   (for a notification: onto the team's first alerting profile), as a new object starts.
 */
import { displayNameOf, managementZoneIdsOf, namePathOf } from '../alerting/index';
import { PROBLEM_NOTIFICATIONS, type AlertingSchemaId } from '../alerting/schema-ids';
import { placeInZone } from '../alerting/zone-placement';
import { schemaDefinitions } from '../settings-schemas/definitions';
import { secretPathsOf } from '../settings-schemas/index';
import type { PropertyDefinition } from '../settings-schemas/types';
import { normalizePath, setAt } from '../values/value-path';
import type { NewObjectTeam } from './new-object';

type Value = Record<string, unknown>;

export interface CloneOptions {
  /** the names of the team's objects of this schema */
  takenNames: Iterable<string>;
  /** the team's alerting profiles, for a problem notification */
  teamProfileIds: readonly string[];
  /** now (ms since the epoch): makes a never-changing unique property fresh */
  now: number;
}

export interface ClonedObject {
  value: Value;
  /** dotted paths of the secrets the user must enter again */
  clearedSecrets: string[];
  /** the source's zone was not the team's, so the copy starts in the team's zone */
  movedToTeamZone: boolean;
}

const COPY_SUFFIX = / \(copy(?: \d+)?\)$/;

/** The definition of the property at a dotted path (through object types; collections end the walk). */
function propertyAt(schemaId: string, path: string): PropertyDefinition | undefined {
  const schema = schemaDefinitions[schemaId];
  let props = schema?.properties;
  let found: PropertyDefinition | undefined;
  for (const key of path.split('.')) {
    found = props && Object.hasOwn(props, key) ? props[key] : undefined;
    if (!found) return undefined;
    const t = found.type;
    props = typeof t === 'object' && t.$ref.startsWith('#/types/') ? schema?.types[t.$ref.slice(8)]?.properties : undefined;
  }
  return found;
}

function maxLengthOf(prop: PropertyDefinition | undefined, fallback: number): number {
  const limit = prop?.constraints?.find((c) => c.type === 'LENGTH')?.maxLength;
  return typeof limit === 'number' ? limit : fallback;
}

/** `base` with the first free ` (copy N)` suffix, cut so that the whole stays within `max`. */
export function copyName(name: string, prefix: string, takenNames: Iterable<string>, max: number): string {
  const taken = new Set([...takenNames].map((n) => n.toLowerCase()));
  let base = name.replace(COPY_SUFFIX, '');
  if (prefix && !base.startsWith(prefix)) base = `${prefix}${base}`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, Math.max(0, max - suffix.length))}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function inTeamScope(schemaId: AlertingSchemaId, value: Value, team: NewObjectTeam, teamProfileIds: readonly string[]): boolean {
  const scope = managementZoneIdsOf(schemaId, value);
  if (scope.kind === 'via-alerting-profile') return scope.alertingProfileId !== undefined && teamProfileIds.includes(scope.alertingProfileId);
  if (scope.kind !== 'zones') return false;
  const ids = new Set(team.managementZones.flatMap((z) => (z.id === null ? [] : [z.id])));
  const names = new Set(team.managementZones.map((z) => z.name));
  return scope.ids.every((id) => ids.has(id)) && scope.names.every((n) => names.has(n));
}

/** Properties that never change after creation name the original: drop or renew them. */
function withFreshIdentity(schemaId: AlertingSchemaId, value: Value, now: number): Value {
  let out = value;
  const props = schemaDefinitions[schemaId]?.properties ?? {};
  for (const [key, prop] of Object.entries(props)) {
    if (prop.modificationPolicy !== 'NEVER' || !Object.hasOwn(out, key)) continue;
    const current = out[key];
    if (prop.nullable) out = setAt(out, key, undefined);
    else if (typeof current === 'string') {
      const suffix = `_copy_${now.toString(36)}`;
      out = setAt(out, key, `${current.slice(0, Math.max(0, maxLengthOf(prop, 200) - suffix.length))}${suffix}`);
    }
  }
  return out;
}

export function cloneObjectValue(schemaId: AlertingSchemaId, source: Value, team: NewObjectTeam, options: CloneOptions): ClonedObject {
  let value = JSON.parse(JSON.stringify(source)) as Value;
  const clearedSecrets = secretPathsOf(schemaId, value).map(normalizePath);
  for (const path of clearedSecrets) value = setAt(value, path, '');
  value = withFreshIdentity(schemaId, value, options.now);

  const namePath = normalizePath(namePathOf(schemaId));
  if (namePath) {
    const prefix = team.rules.naming?.kind === 'prefix' ? team.rules.naming.value : '';
    const max = maxLengthOf(propertyAt(schemaId, namePath), 100);
    value = setAt(value, namePath, copyName(displayNameOf(schemaId, source), prefix, options.takenNames, max));
  }

  const movedToTeamZone = !inTeamScope(schemaId, value, team, options.teamProfileIds);
  if (movedToTeamZone) {
    const first = team.managementZones.find((z) => z.id !== null);
    value = placeInZone(schemaId, value, {
      zone: first && first.id !== null ? { id: first.id, name: first.name } : undefined,
      ...(schemaId === PROBLEM_NOTIFICATIONS ? { alertingProfileId: options.teamProfileIds[0] } : {}),
    });
  }
  return { value, clearedSecrets, movedToTeamZone };
}
