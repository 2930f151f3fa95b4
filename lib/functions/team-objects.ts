/**
 * Reading a team's alerting objects with the fewest Settings calls: the server filters where
 * the Settings filter can express ownership (profiles and metric events by zone id,
 * notifications by alerting profile), everything is then checked again in the function by
 * `ownerAmong`, so a filter that is too broad (or skipped because it would be too long) never
 * leaks a foreign object.
 */
import type { AlertingSchemaId } from '../contracts/common';
import type { AlertingKnowledge } from '../guardrails/types';
import { teamZoneNames, type TeamMapping } from '../teams/model';
import type { ZoneTable } from '../teams/zones';
import { ownerAmong, type OwnershipContext } from './ownership';
import type { SettingsPort, SettingsRecord } from './ports';
import { inFilter } from './settings-filter';
import { listAll } from './team-context';

export const PROFILE_SCHEMA = 'builtin:alerting.profile';
export const NOTIFICATION_SCHEMA = 'builtin:problem.notifications';

export function zoneIdsOf(teams: readonly TeamMapping[], zones: ZoneTable): string[] {
  return teams.flatMap(teamZoneNames).map((n) => zones.idOf(n)).filter((id): id is string => id !== undefined);
}

/** The server-side filter for a schema, or undefined (list everything, filter in the function). */
export function serverFilterFor(schemaId: string, zoneIds: string[], profileIds: string[]): string | undefined {
  switch (schemaId) {
    case PROFILE_SCHEMA:
      return inFilter('value.managementZone', zoneIds);
    case 'builtin:anomaly-detection.metric-events':
      return inFilter('value.queryDefinition.managementZone', zoneIds);
    case NOTIFICATION_SCHEMA:
      return inFilter('value.alertingProfile', profileIds);
    default:
      return undefined;
  }
}

export interface OwnedRecord {
  record: SettingsRecord;
  team: TeamMapping;
}

/** Ownership context with a lookup of the given teams' alerting profiles. */
export function ownershipContext(allTeams: readonly TeamMapping[], zones: ZoneTable, profiles: readonly SettingsRecord[], knowledge?: AlertingKnowledge): OwnershipContext {
  const byId = new Map(profiles.map((p) => [p.objectId, p.value]));
  return { allTeams, zones, alertingProfile: (id) => byId.get(id), ...(knowledge ? { knowledge } : {}) };
}

/** The teams' own alerting profiles (needed to own notifications). */
export async function listTeamProfiles(
  settings: SettingsPort, teams: readonly TeamMapping[], allTeams: readonly TeamMapping[], zones: ZoneTable, knowledge?: AlertingKnowledge,
): Promise<OwnedRecord[]> {
  const zoneIds = zoneIdsOf(teams, zones);
  if (zoneIds.length === 0) return [];
  const records = await listAll(settings, PROFILE_SCHEMA, serverFilterFor(PROFILE_SCHEMA, zoneIds, []));
  return keepOwned(records, PROFILE_SCHEMA, teams, ownershipContext(allTeams, zones, [], knowledge));
}

/** Whether a listed record is of the listing's schema (a forged page key may point at another one). */
export function isOfSchema(record: SettingsRecord, schemaId: string): boolean {
  return record.schemaId === undefined || record.schemaId === schemaId;
}

export function keepOwned(records: readonly SettingsRecord[], schemaId: string, teams: readonly TeamMapping[], ctx: OwnershipContext): OwnedRecord[] {
  const out: OwnedRecord[] = [];
  for (const record of records) {
    if (!isOfSchema(record, schemaId)) continue;
    const team = ownerAmong(teams, schemaId, record.value, ctx);
    if (team) out.push({ record: record.schemaId === schemaId ? record : { ...record, schemaId }, team });
  }
  return out;
}

/** All objects of one schema owned by one of `teams` (used for quotas). */
export async function listTeamObjects(
  settings: SettingsPort, schemaId: AlertingSchemaId, teams: readonly TeamMapping[], allTeams: readonly TeamMapping[], zones: ZoneTable,
): Promise<OwnedRecord[]> {
  // only notifications are owned through profiles; other schemas need no profile listing
  const profiles = schemaId === PROFILE_SCHEMA || schemaId === NOTIFICATION_SCHEMA ? await listTeamProfiles(settings, teams, allTeams, zones) : [];
  if (schemaId === PROFILE_SCHEMA) return profiles;
  const ctx = ownershipContext(allTeams, zones, profiles.map((p) => p.record));
  const profileIds = profiles.map((p) => p.record.objectId);
  if (schemaId === NOTIFICATION_SCHEMA && profileIds.length === 0) return [];
  const records = await listAll(settings, schemaId, serverFilterFor(schemaId, zoneIdsOf(teams, zones), profileIds));
  return keepOwned(records, schemaId, teams, ctx);
}
