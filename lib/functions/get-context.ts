/**
 * `get-context`: the caller (from the platform), their teams with rules and zones, whether they
 * are an admin (their IAM grants app-settings write on the team-mapping schema — asked of the
 * platform, never taken from the payload), their effective Settings permissions, and what they
 * may do (lib/access decides). When the zone table reads as empty because the caller may not read
 * it, the answer says so in `warnings` (the probe rides along with the other permissions).
 */
import { allowedActionsOf, capabilitiesOf } from '../access/index';
import { ALERTING_SCHEMA_IDS } from '../contracts/common';
import type { CallerTeam, GetContextResponse } from '../contracts/get-context';
import { teamZoneNames } from '../teams/model';
import type { Ports } from './ports';
import { loadZones, parseStoredTeams, ZONE_SCHEMA_ID, zoneTableUnreadable } from './team-context';
import { teamsForCaller } from '../teams/membership';

export async function getContext(ports: Ports): Promise<GetContextResponse> {
  const [rawTeams, isAdmin, zones, permissions] = await Promise.all([
    ports.teams.list(),
    ports.teams.canAdmin(),
    loadZones(ports.settings),
    ports.settings.resolvePermissions([
      ...ALERTING_SCHEMA_IDS.flatMap((schemaId) => [
        { permission: 'settings:objects:read', schemaId },
        { permission: 'settings:objects:write', schemaId },
      ]),
      { permission: 'settings:objects:read', schemaId: ZONE_SCHEMA_ID },
    ]),
  ]);
  const granted = (permission: string, schemaId: string) =>
    permissions.find((p) => p.permission === permission && p.schemaId === schemaId)?.granted ?? 'false';
  const allTeams = parseStoredTeams(rawTeams).map((s) => s.team);
  // a team's zones with their numeric ids (null: no zone of that name), for its own members and an admin's read-only review
  const zonesOf = (team: (typeof allTeams)[number]) => teamZoneNames(team).map((name) => ({ name, id: zones.idOf(name) ?? null }));
  const memberships = teamsForCaller(ports.caller.email, allTeams);
  const teams = memberships.map(({ team, role }): CallerTeam => ({
    id: team.id,
    name: team.displayName,
    role,
    managementZones: zonesOf(team),
    rules: {
      ...(team.naming ? { naming: team.naming } : {}),
      allowedSchemas: team.allowedSchemas,
      notifications: team.notifications,
      quotas: team.quotas,
      scopeMode: team.scopeMode,
      approvals: team.approvals,
    },
    allowedActions: allowedActionsOf(team.allowedSchemas, granted),
  }));
  const zoneTableUnread = zones.names().length === 0 && teams.some((t) => t.managementZones.length > 0) && granted('settings:objects:read', ZONE_SCHEMA_ID) !== 'true';
  return {
    status: 'ok',
    user: { id: ports.caller.id, name: ports.caller.name, email: ports.caller.email },
    isAdmin,
    capabilities: capabilitiesOf({ isAdmin, teams, allTeams: allTeams.map((t) => ({ id: t.id, name: t.displayName, managementZones: zonesOf(t) })) }),
    permissions: permissions.map((p) => ({ permission: p.permission, schemaId: p.schemaId, granted: p.granted })),
    teams,
    ...(zoneTableUnread ? { warnings: [zoneTableUnreadable()] } : {}),
  };
}
