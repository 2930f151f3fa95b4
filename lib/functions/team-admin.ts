/**
 * `list-teams`, `upsert-team`, `delete-team`: admin operations on team mappings. Admin means the
 * platform says the caller may write the team-mapping schema; the write itself is done with the
 * caller's own app-settings permission, with optimistic locking on replace and delete.
 */
import { NOTIFICATION_TYPES } from '../alerting/index';
import { diagnostic } from '../codes';
import { makeDiagnostic } from '../diagnostics';
import { ALERTING_SCHEMA_IDS, type Diagnostic, type Failure } from '../contracts/common';
import type { DeleteTeamRequest, DeleteTeamResponse, ListTeamsResponse, UpsertTeamRequest, UpsertTeamResponse } from '../contracts/teams';
import { validateTeams, type TeamDiagnostic } from '../teams/validate';
import { PortError, type Ports } from './ports';
import { fail, staleConflict } from './results';
import { loadZones, parseStoredTeams } from './team-context';


const notAdmin = (): Failure => fail('forbidden', 'access/not-admin', 'only admins can manage team mappings', { help: 'ask for `app-settings:objects:write` on the team-mapping schema' });

async function validationContext(ports: Ports) {
  return { zones: await loadZones(ports.settings), knownSchemaIds: ALERTING_SCHEMA_IDS, knownNotificationTypes: NOTIFICATION_TYPES };
}

export async function listTeams(ports: Ports): Promise<ListTeamsResponse | Failure> {
  if (!(await ports.teams.canAdmin())) return notAdmin();
  const raw = await ports.teams.list();
  const teams = parseStoredTeams(raw);
  const ctx = await validationContext(ports);
  const diagnostics = validateTeams(teams.map((t) => t.team), ctx).map((d) => withinTeams(d, d.teamId));
  for (const r of raw) {
    if (!teams.some((t) => t.objectId === r.objectId)) {
      diagnostics.push(diagnostic('team/stored/invalid', `stored team mapping \`${r.objectId}\` does not match the schema and is ignored`, { location: { path: r.objectId } }));
    }
  }
  return { status: 'ok', teams, diagnostics, zones: ctx.zones.names().sort((a, b) => a.localeCompare(b)) };
}

/** A team's diagnostic with its path under `prefix` (the team's id in a listing, `team` in an upsert request). */
function withinTeams(d: TeamDiagnostic, prefix: string): Diagnostic {
  return makeDiagnostic(d.code, d.severity, d.message, { ...d, location: { path: d.location?.path ? `${prefix}/${d.location.path}` : prefix } });
}
const asDiagnostic = (d: TeamDiagnostic) => withinTeams(d, 'team');

export async function upsertTeam(ports: Ports, req: UpsertTeamRequest): Promise<UpsertTeamResponse | Failure> {
  if (!(await ports.teams.canAdmin())) return notAdmin();
  const stored = parseStoredTeams(await ports.teams.list());
  const objectId = 'objectId' in req ? req.objectId : undefined;
  if (objectId !== undefined && !stored.some((s) => s.objectId === objectId)) return fail('not-found', 'team/not-found', `team mapping \`${objectId}\` does not exist`, { location: { path: 'objectId' } });
  const others = stored.filter((s) => s.objectId !== objectId).map((s) => s.team);
  const diagnostics = validateTeams([...others, req.team], await validationContext(ports)).filter((d) => d.teamId === req.team.id);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { status: 'invalid', diagnostics: errors.map(asDiagnostic) };
  // warnings and information (a declared shared zone) are reported, never blocking
  const warnings = diagnostics.filter((d) => d.severity !== 'error').map(asDiagnostic);
  try {
    if (objectId === undefined) {
      const r = await ports.teams.create(req.team);
      return { status: 'ok', objectId: r.objectId, version: r.version, warnings };
    }
    const r = await ports.teams.update(objectId, 'version' in req ? req.version : '', req.team);
    return { status: 'ok', objectId, version: r.version, warnings };
  } catch (e) {
    if (e instanceof PortError && e.status === 'conflict' && objectId !== undefined) return teamConflict(ports, objectId);
    throw e;
  }
}

async function teamConflict(ports: Ports, objectId: string): Promise<Failure> {
  const current = (await ports.teams.list()).find((t) => t.objectId === objectId);
  return staleConflict('team', current ? { objectId, value: (current.value ?? null) as Record<string, unknown> | null, updateToken: current.version } : undefined);
}

export async function deleteTeam(ports: Ports, req: DeleteTeamRequest): Promise<DeleteTeamResponse | Failure> {
  if (!(await ports.teams.canAdmin())) return notAdmin();
  try {
    await ports.teams.delete(req.objectId, req.version);
  } catch (e) {
    if (e instanceof PortError && e.status === 'conflict') return teamConflict(ports, req.objectId);
    throw e;
  }
  return { status: 'ok', objectId: req.objectId };
}
