/**
 * Which listed objects lie beyond their team's quota: in the order that settles concurrent creates
 * (created, then objectId; see quota-settle.ts; undated objects last), every object after the
 * `max`-th is beyond. A listing computes the cutoff (the `max`-th object's key) when it starts a
 * schema — from its own first page when that holds all of the schema, else with one count of the
 * team's objects — and hands it on in its page key to the calls that continue the schema. A
 * forged cutoff changes only the findings of the forger's own answer, never what a write may do.
 */
import type { AlertingSchemaId } from '../contracts/common';
import type { TeamMapping } from '../teams/model';
import type { OwnershipContext } from './ownership';
import type { SettingsPort, SettingsRecord } from './ports';
import type { Ranked } from './quota-settle';
import type { TeamContext } from './team-context';
import { keepOwned, listTeamObjects } from './team-objects';

/** teamId → the key (created, objectId) of the last object within the team's quota; no entry: none beyond */
export type QuotaCutoffs = Record<string, [number, string]>;

const keyOf = (r: Ranked): [number, string] => [r.created ?? Number.MAX_SAFE_INTEGER, r.objectId];

function compareKeys(a: [number, string], b: [number, string]): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** The cutoff of `max` among a team's objects; undefined when they are within the quota. */
export function cutoffOf(objects: readonly Ranked[], max: number): [number, string] | undefined {
  if (objects.length <= max) return undefined;
  return objects.map(keyOf).sort(compareKeys)[max - 1];
}

export function isBeyond(cutoffs: QuotaCutoffs, teamId: string, record: Ranked): boolean {
  const cutoff = cutoffs[teamId];
  return cutoff !== undefined && compareKeys(keyOf(record), cutoff) > 0;
}

/**
 * The cutoffs of the teams with a quota on `schemaId`. `whole`: the listing's only page of the
 * schema (with the listing's filter), which holds every object of the team; without it the team's
 * objects are counted.
 */
export async function quotaCutoffs(
  settings: SettingsPort, schemaId: AlertingSchemaId, teams: readonly TeamMapping[], ctx: Pick<TeamContext, 'allTeams' | 'zones'>,
  own: OwnershipContext, whole?: readonly SettingsRecord[],
): Promise<QuotaCutoffs> {
  const out: QuotaCutoffs = {};
  for (const team of teams) {
    const quota = team.quotas.find((q) => q.schemaId === schemaId);
    if (!quota) continue;
    const owned = whole ? keepOwned(whole, schemaId, [team], own) : await listTeamObjects(settings, schemaId, [team], ctx.allTeams, ctx.zones);
    const cutoff = cutoffOf(owned.map((o) => o.record), quota.max);
    if (cutoff) out[team.id] = cutoff;
  }
  return out;
}
