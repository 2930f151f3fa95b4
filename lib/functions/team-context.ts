/**
 * Loads what every alerting operation needs: the caller's teams (from the caller's e-mail, never
 * from the payload), all team mappings (to name owners), and the management-zone table. Stored
 * team mappings that do not parse are ignored: a broken mapping grants nothing. A zone table that
 * reads as empty while the caller's teams name zones is refused with what to ask an admin for:
 * without it no object could be the team's, and an empty team would be a lie.
 */
import { mayReadTeamReadOnly } from '../access/capabilities';
import { ZONE_TABLE_READ_STATEMENT } from '../alerting/schema-ids';
import { teamMappingSchema, teamZoneNames, type TeamMapping } from '../teams/model';
import { selectCallerTeams, teamsForCaller, type CallerTeamMembership } from '../teams/membership';
import { ZoneTable } from '../teams/zones';
import { diagnostic } from '../codes';
import type { Diagnostic, Failure } from '../contracts/common';
import type { Ports, RawStoredTeam, SettingsPort, SettingsRecord } from './ports';
import { fail } from './results';

export const ZONE_SCHEMA_ID = 'builtin:management-zones';
export const PAGE_SIZE = 500;

// Parsing every stored mapping with zod on every call dominated small operations. The memo is
// keyed by the stored value's exact text, so a changed mapping is always parsed afresh; the
// caller's membership is still computed per call from identity. Memoized mappings are deeply
// frozen and shared instead of cloned per call (cloning cost more than the guardrails): no
// operation may change a stored mapping in place, and one that tried would throw (strict mode)
// and answer `error` rather than corrupt the next call's view.
const parsedTeams = new Map<string, TeamMapping | null>();
const PARSED_LIMIT = 1_000;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseTeam(value: unknown): TeamMapping | undefined {
  let key: string;
  try {
    key = JSON.stringify(value) ?? '';
  } catch {
    return undefined; // not JSON data: grants nothing
  }
  const hit = parsedTeams.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const p = teamMappingSchema.safeParse(value);
  if (parsedTeams.size >= PARSED_LIMIT) parsedTeams.clear();
  const team = p.success ? deepFreeze(p.data) : null;
  parsedTeams.set(key, team);
  return team ?? undefined;
}

export function parseStoredTeams(raw: readonly RawStoredTeam[]): Array<{ objectId: string; version: string; team: TeamMapping }> {
  const out = [];
  for (const r of raw) {
    const team = parseTeam(r.value);
    if (team) out.push({ objectId: r.objectId, version: r.version, team });
  }
  return out;
}

/** Reads every page of one listing (⌈n/500⌉ calls). */
export async function listAll(settings: SettingsPort, schemaIds: string, filter?: string, options: { withUpdateToken?: boolean; withExternalId?: boolean } = {}): Promise<SettingsRecord[]> {
  const items: SettingsRecord[] = [];
  let page = await settings.listPage({
    schemaIds, pageSize: PAGE_SIZE, ...(filter ? { filter } : {}), ...(options.withUpdateToken ? { withUpdateToken: true } : {}), ...(options.withExternalId ? { withExternalId: true } : {}),
  });
  items.push(...page.items);
  for (let guard = 0; page.nextPageKey && guard < 1000; guard++) {
    page = await settings.listPage({ nextPageKey: page.nextPageKey });
    items.push(...page.items);
  }
  return items;
}

export async function loadZones(settings: SettingsPort): Promise<ZoneTable> {
  return ZoneTable.fromSettingsObjects(await listAll(settings, ZONE_SCHEMA_ID));
}

export const ZONE_TABLE_UNREADABLE = 'context/zone-table-unreadable' as const;

/**
 * Why the caller's teams cannot be resolved to zone ids, or undefined. A Settings list the caller
 * may not read answers empty, without an error (facts §7), so an empty table while `teams` name
 * zones is checked against the platform's effective permissions (one call, made only then): if
 * the caller may read the zone table, the zones just do not exist (get-context shows them without
 * id); otherwise the caller's policies lack the statement the calculator generates for it.
 */
export async function zoneTableProblem(settings: SettingsPort, zones: ZoneTable, teams: readonly TeamMapping[]): Promise<Diagnostic | undefined> {
  if (zones.names().length > 0 || !teams.some((t) => teamZoneNames(t).length > 0)) return undefined;
  const [answer] = await settings.resolvePermissions([{ permission: 'settings:objects:read', schemaId: ZONE_SCHEMA_ID }]);
  return answer?.granted === 'true' ? undefined : zoneTableUnreadable();
}

export function zoneTableUnreadable(): Diagnostic {
  return diagnostic(ZONE_TABLE_UNREADABLE, "your policies do not let you read management zones, so the app cannot tell which objects are your team's", {
    help: `ask an admin to bind a policy with \`${ZONE_TABLE_READ_STATEMENT}\` to your group (the team policies of the policy calculator include it)`,
  });
}

export interface TeamContext {
  allTeams: TeamMapping[];
  memberships: CallerTeamMembership[];
  /** the caller's teams selected by the payload's teamId (all of them when absent) */
  selected: CallerTeamMembership[];
  zones: ZoneTable;
  /** the selected team is one the caller is not in and may only read (an admin's read-only review) */
  readOnly?: true;
}

/**
 * The team `teamId` as a read-only selection when the caller may review it without being in it
 * (lib/access decides; whether the caller is an admin is asked of the platform, only here).
 */
async function readOnlySelection(ports: Ports, allTeams: readonly TeamMapping[], memberships: readonly CallerTeamMembership[], teamId: string): Promise<CallerTeamMembership | undefined> {
  const team = allTeams.find((t) => t.id === teamId);
  if (!team) return undefined;
  const caller = {
    isAdmin: await ports.teams.canAdmin(),
    teams: memberships.map((m) => ({ id: m.team.id, role: m.role })),
    allTeams: allTeams.map((t) => ({ id: t.id, name: t.displayName })),
  };
  return mayReadTeamReadOnly(caller, teamId) ? { team, role: 'member' } : undefined;
}

/**
 * The caller's teams, the one named by `teamId` or all. Only a read (`options.readOnly`) may
 * name a team the caller is not in, and only when lib/access lets the caller review it read-only;
 * every write, proposal and decision loads without it and is refused `access/foreign-team`.
 */
export async function loadTeamContext(ports: Ports, teamId?: string, options: { readOnly?: boolean } = {}): Promise<TeamContext | Failure> {
  // both reads are needed on every path that does work, so they go out together
  const zonesRead = loadZones(ports.settings);
  zonesRead.catch(() => undefined); // awaited below; a refusal must not surface as an unhandled rejection first
  const allTeams = parseStoredTeams(await ports.teams.list()).map((s) => s.team);
  const memberships = teamsForCaller(ports.caller.email, allTeams);
  let selected = selectCallerTeams(memberships, teamId);
  let readOnly = false;
  if (!Array.isArray(selected) && options.readOnly) {
    const readable = await readOnlySelection(ports, allTeams, memberships, selected.foreign);
    if (readable) [selected, readOnly] = [[readable], true];
  }
  if (!Array.isArray(selected)) {
    return fail('forbidden', 'access/foreign-team', `you are not a member of team \`${selected.foreign}\``, { location: { path: 'teamId' }, help: 'choose one of your own teams' });
  }
  if (selected.length === 0) {
    return fail('forbidden', 'access/no-team', 'you are not a member or lead of any team', { help: 'ask an admin to add your e-mail to a team mapping' });
  }
  const zones = await zonesRead;
  const problem = await zoneTableProblem(ports.settings, zones, selected.map((m) => m.team));
  if (problem) return { status: 'forbidden', diagnostics: [problem] };
  return { allTeams, memberships, selected, zones, ...(readOnly ? { readOnly: true as const } : {}) };
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'status' in x && (x as { status: unknown }).status !== 'ok';
}
