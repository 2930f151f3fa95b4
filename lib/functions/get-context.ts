/**
 * `get-context`: the caller (from the platform), their teams with rules and zones, whether they
 * are an admin (their IAM grants app-settings write on the team-mapping schema — asked of the
 * platform, never taken from the payload) and their effective Settings permissions.
 */
import { ALERTING_SCHEMA_IDS } from '../contracts/common';
import type { AllowedAction, GetContextResponse } from '../contracts/get-context';
import { teamZoneNames } from '../teams/model';
import type { Ports } from './ports';
import { loadZones, parseStoredTeams } from './team-context';
import { teamsForCaller } from '../teams/membership';

export async function getContext(ports: Ports): Promise<GetContextResponse> {
  const [rawTeams, isAdmin, zones, permissions] = await Promise.all([
    ports.teams.list(),
    ports.teams.canAdmin(),
    loadZones(ports.settings),
    ports.settings.resolvePermissions(
      ALERTING_SCHEMA_IDS.flatMap((schemaId) => [
        { permission: 'settings:objects:read', schemaId },
        { permission: 'settings:objects:write', schemaId },
      ]),
    ),
  ]);
  const granted = (permission: string, schemaId: string) =>
    permissions.find((p) => p.permission === permission && p.schemaId === schemaId)?.granted ?? 'false';
  const memberships = teamsForCaller(ports.caller.email, parseStoredTeams(rawTeams).map((s) => s.team));
  return {
    status: 'ok',
    user: { id: ports.caller.id, name: ports.caller.name, email: ports.caller.email },
    isAdmin,
    permissions: permissions.map((p) => ({ permission: p.permission, schemaId: p.schemaId, granted: p.granted })),
    teams: memberships.map(({ team, role }) => ({
      id: team.id,
      name: team.displayName,
      role,
      managementZones: teamZoneNames(team).map((name) => ({ name, id: zones.idOf(name) ?? null })),
      rules: {
        ...(team.naming ? { naming: team.naming } : {}),
        allowedSchemas: team.allowedSchemas,
        notifications: team.notifications,
        quotas: team.quotas,
        scopeMode: team.scopeMode,
      },
      // 'condition' means IAM allows it in some zones: the guardrails and IAM decide per object
      allowedActions: ALERTING_SCHEMA_IDS.map((schemaId): AllowedAction => {
        const allowed = team.allowedSchemas.includes(schemaId);
        const read = allowed && granted('settings:objects:read', schemaId) !== 'false';
        const write = allowed && granted('settings:objects:write', schemaId) !== 'false';
        return { schemaId, read, create: write, update: write, delete: write };
      }),
    })),
  };
}
