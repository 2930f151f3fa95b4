/**
 * One team's alerting as config as code sees it: the team (its zones by name and numeric id, its
 * naming prefix) and every object it owns in the requested schemas, with the `updateToken` apply
 * writes with and the `externalId` Monaco matches by. Export and plan both start here, so what the
 * export wrote is exactly what the plan compares against.
 *
 * A project is one team's (its Monaco project name is the team id), so a caller in several teams
 * names one; ownership is `ownerAmong` for that team alone — an object spanning two teams' zones
 * is nobody's, and neither exported nor pruned.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId, type Failure } from '../../contracts/common';
import type { CurrentObject, ExportTeam } from '../../config-as-code/types';
import { teamZoneNames, type TeamMapping } from '../../teams/model';
import type { Ports, SettingsRecord } from '../ports';
import { fail } from '../results';
import { isFailure, listAll, loadTeamContext, type TeamContext } from '../team-context';
import { keepOwned, NOTIFICATION_SCHEMA, ownershipContext, PROFILE_SCHEMA, serverFilterFor, zoneIdsOf } from '../team-objects';

export interface TeamSnapshot {
  ctx: TeamContext;
  team: TeamMapping;
  exportTeam: ExportTeam;
  /** the team's objects of the requested schemas (profiles first), with their update tokens */
  objects: CurrentObject[];
  /** all the team's alerting profiles (read to own notifications even when profiles are not requested) */
  profiles: SettingsRecord[];
}

/** The one team a project belongs to: the payload's `teamId` among the caller's teams, or the caller's only team. */
export async function loadSnapshotTeam(ports: Ports, teamId: string | undefined): Promise<{ ctx: TeamContext; team: TeamMapping } | Failure> {
  const ctx = await loadTeamContext(ports, teamId);
  if (isFailure(ctx)) return ctx;
  if (ctx.selected.length > 1) {
    return fail('invalid', 'request/team-required', 'you are in several teams: say which team the project is for', {
      location: { path: 'teamId' }, help: `send \`teamId\`, one of ${ctx.selected.map((m) => `\`${m.team.id}\``).join(', ')}`,
    });
  }
  return { ctx, team: ctx.selected[0]!.team };
}

export function exportTeamOf(team: TeamMapping, ctx: TeamContext): ExportTeam {
  const zones = teamZoneNames(team).flatMap((name) => {
    const id = ctx.zones.idOf(name);
    return id === undefined ? [] : [{ name, id }];
  });
  return { id: team.id, displayName: team.displayName, zones, ...(team.naming?.kind === 'prefix' ? { namingPrefix: team.naming.value } : {}) };
}

function asCurrent(r: SettingsRecord, schemaId: AlertingSchemaId): CurrentObject {
  return { schemaId, objectId: r.objectId, value: r.value, updateToken: r.updateToken ?? '', ...(r.externalId ? { externalId: r.externalId } : {}) };
}

/** Reads the team's objects: ⌈n/500⌉ listing calls per schema, server-filtered where the filter can say ownership. */
export async function loadTeamSnapshot(ports: Ports, teamId: string | undefined, schemaIds: readonly AlertingSchemaId[] = ALERTING_SCHEMA_IDS): Promise<TeamSnapshot | Failure> {
  const picked = await loadSnapshotTeam(ports, teamId);
  if (isFailure(picked)) return picked;
  const { ctx, team } = picked;
  const teams = [team];
  const zoneIds = zoneIdsOf(teams, ctx.zones);
  const options = { withUpdateToken: true, withExternalId: true };
  const wanted = new Set<string>(schemaIds);
  const objects: CurrentObject[] = [];
  let profiles: SettingsRecord[] = [];
  if (zoneIds.length > 0 && (wanted.has(PROFILE_SCHEMA) || wanted.has(NOTIFICATION_SCHEMA))) {
    const listed = await listAll(ports.settings, PROFILE_SCHEMA, serverFilterFor(PROFILE_SCHEMA, zoneIds, []), options);
    profiles = keepOwned(listed, PROFILE_SCHEMA, teams, ownershipContext(ctx.allTeams, ctx.zones, [])).map((o) => o.record);
  }
  const own = ownershipContext(ctx.allTeams, ctx.zones, profiles);
  for (const schemaId of ALERTING_SCHEMA_IDS) {
    if (!wanted.has(schemaId) || zoneIds.length === 0) continue;
    if (schemaId === PROFILE_SCHEMA) {
      objects.push(...profiles.map((p) => asCurrent(p, schemaId)));
      continue;
    }
    const profileIds = profiles.map((p) => p.objectId);
    if (schemaId === NOTIFICATION_SCHEMA && profileIds.length === 0) continue;
    const listed = await listAll(ports.settings, schemaId, serverFilterFor(schemaId, zoneIds, profileIds), options);
    objects.push(...keepOwned(listed, schemaId, teams, own).map((o) => asCurrent(o.record, schemaId)));
  }
  return { ctx, team, exportTeam: exportTeamOf(team, ctx), objects, profiles };
}
