/**
 * The team's history as one timeline: every revision of the five schemas, newest first, each
 * with the zones it touches and how it was made (through this app, through another app, or
 * directly with the Settings API or the settings page), and the filters the review offers on it
 * (person, schema, zone; the time range and the object are the function's, see history-range).
 *
 * Zones of a revision are the zones of the object's value before **and** after the change, so a
 * move from one zone into another is found under both. A deleted object has no value after the
 * change: it is filed under the zones of its last value (`before`), so deletions stay findable by
 * zone. A problem notification has no zone of its own: it takes the zones of the alerting
 * profile it uses (as the guardrails do), when that profile is known (`profileZones`).
 */
import { managementZoneIdsOf } from '../alerting/management-zones';
import { displayNameOf } from '../alerting/naming';
import type { AlertingSchemaId } from '../contracts/common';
import type { Revision } from '../contracts/get-alerting-history';

/** How a change was made: through this app, through another app, or without any app. */
export type Provenance = { kind: 'this-app' } | { kind: 'other-app'; appId: string } | { kind: 'direct' };

export interface TimelineEntry {
  /** unique within a timeline (object, revision, time) */
  key: string;
  revision: Revision;
  /** zone names (or `zone <id>` when the id is not in the zone table), sorted */
  zones: string[];
  provenance: Provenance;
}

/** What the timeline needs to know besides the revisions. */
export interface TimelineContext {
  /** this app's id (`getAppId()`) */
  appId: string;
  /** zone id → name (the team's zones, or the whole zone table) */
  zoneNames: ReadonlyMap<string, string>;
  /** alerting profile objectId → its value, for the zones of problem notifications */
  profiles?: ReadonlyMap<string, unknown>;
}

export function provenanceOf(appIdOfRevision: string | null, ownAppId: string): Provenance {
  if (!appIdOfRevision) return { kind: 'direct' };
  return appIdOfRevision === ownAppId ? { kind: 'this-app' } : { kind: 'other-app', appId: appIdOfRevision };
}

export function provenanceLabel(p: Provenance): string {
  if (p.kind === 'this-app') return 'through Team Alerting';
  return p.kind === 'direct' ? 'directly (API or settings page)' : `through app ${p.appId}`;
}

const timeOf = (r: Revision): number => {
  const t = r.modifiedTime ? Date.parse(r.modifiedTime) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Newest first by time, then by revision id (descending); revisions without a time last. Stable otherwise. */
export function compareNewestFirst(a: Revision, b: Revision): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) return ta > tb ? -1 : 1;
  return (b.revision ?? '').localeCompare(a.revision ?? '');
}

function zoneIdsOfValue(schemaId: string, value: unknown, ctx: TimelineContext, out: Set<string>): void {
  if (value === null || value === undefined) return;
  const scope = managementZoneIdsOf(schemaId, value);
  if (scope.kind === 'via-alerting-profile') {
    const profile = scope.alertingProfileId === undefined ? undefined : ctx.profiles?.get(scope.alertingProfileId);
    if (profile !== undefined) zoneIdsOfValue('builtin:alerting.profile', profile, ctx, out);
    return;
  }
  for (const id of scope.ids) out.add(ctx.zoneNames.get(id) ?? `zone ${id}`);
  for (const name of scope.names) out.add(name);
}

/** The zones a revision touches (see the module comment for deleted objects and notifications). */
export function zonesOfRevision(r: Revision, ctx: TimelineContext): string[] {
  const out = new Set<string>();
  zoneIdsOfValue(r.schemaId, r.before, ctx, out);
  zoneIdsOfValue(r.schemaId, r.after, ctx, out);
  return [...out].sort((a, b) => a.localeCompare(b));
}

/**
 * The timeline of `revisions`: newest first across schemas, duplicates (the same revision of the
 * same object delivered twice, e.g. by overlapping pages) kept once.
 */
export function buildTimeline(revisions: readonly Revision[], ctx: TimelineContext): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const revision of revisions) {
    const key = `${revision.objectId}|${revision.revision ?? ''}|${revision.modifiedTime ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ key, revision, zones: zonesOfRevision(revision, ctx), provenance: provenanceOf(revision.appId, ctx.appId) });
  }
  return entries.sort((a, b) => compareNewestFirst(a.revision, b.revision));
}

/** The profiles' latest values found in `revisions` (deleted ones by their last value). */
export function profilesOfRevisions(revisions: readonly Revision[]): Map<string, unknown> {
  const latest = new Map<string, Revision>();
  for (const r of revisions) {
    if (r.schemaId !== 'builtin:alerting.profile') continue;
    const seen = latest.get(r.objectId);
    if (!seen || compareNewestFirst(r, seen) < 0) latest.set(r.objectId, r);
  }
  return new Map([...latest].map(([id, r]) => [id, r.after ?? r.before]));
}

/** The filters of the timeline; an empty list does not filter. Within a list any value matches, the lists all must. */
export interface HistoryFilter {
  /** user ids (`modifiedBy`) */
  people: readonly string[];
  schemas: readonly AlertingSchemaId[];
  /** zone names as `zonesOfRevision` gives them */
  zones: readonly string[];
}

export const NO_FILTER: HistoryFilter = { people: [], schemas: [], zones: [] };

export function isFiltering(f: HistoryFilter): boolean {
  return f.people.length > 0 || f.schemas.length > 0 || f.zones.length > 0;
}

/** The entries the filter keeps, in their order. A revision with no known person never matches a person filter. */
export function filterTimeline(entries: readonly TimelineEntry[], f: HistoryFilter): TimelineEntry[] {
  if (!isFiltering(f)) return [...entries];
  const people = new Set(f.people);
  const schemas = new Set<string>(f.schemas);
  const zones = new Set(f.zones);
  return entries.filter((e) =>
    (people.size === 0 || (e.revision.modifiedBy !== null && people.has(e.revision.modifiedBy)))
    && (schemas.size === 0 || schemas.has(e.revision.schemaId))
    && (zones.size === 0 || e.zones.some((z) => zones.has(z))));
}

export interface FilterOptions {
  /** user ids with their number of entries, most active first */
  people: Array<{ id: string; count: number }>;
  schemas: Array<{ id: AlertingSchemaId; count: number }>;
  zones: Array<{ id: string; count: number }>;
}

/** What the filters can choose from: the values present in the timeline (plus the chosen ones, so a choice never vanishes). */
export function filterOptions(entries: readonly TimelineEntry[], chosen: HistoryFilter = NO_FILTER): FilterOptions {
  const people = new Map<string, number>(chosen.people.map((p) => [p, 0]));
  const schemas = new Map<AlertingSchemaId, number>(chosen.schemas.map((s) => [s, 0]));
  const zones = new Map<string, number>(chosen.zones.map((z) => [z, 0]));
  for (const e of entries) {
    if (e.revision.modifiedBy !== null) people.set(e.revision.modifiedBy, (people.get(e.revision.modifiedBy) ?? 0) + 1);
    schemas.set(e.revision.schemaId, (schemas.get(e.revision.schemaId) ?? 0) + 1);
    for (const z of e.zones) zones.set(z, (zones.get(z) ?? 0) + 1);
  }
  const byCount = <K extends string>(m: Map<K, number>) => [...m].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { people: byCount(people), schemas: byCount(schemas), zones: byCount(zones) };
}

/** The object's name: as the revision's value has it (after, else before), else as the inventory lists it, else its id. */
export function objectNameOf(r: Revision, listed?: ReadonlyMap<string, string>): string {
  return displayNameOf(r.schemaId, r.after ?? r.before) || listed?.get(r.objectId) || r.objectId;
}
