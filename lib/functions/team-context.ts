/**
 * Loads what every alerting operation needs: the caller's teams (from the caller's e-mail, never
 * from the payload), all team mappings (to name owners), and the management-zone table. Stored
 * team mappings that do not parse are ignored: a broken mapping grants nothing.
 */
import { teamMappingSchema, type TeamMapping } from '../teams/model';
import { selectCallerTeams, teamsForCaller, type CallerTeamMembership } from '../teams/membership';
import { ZoneTable } from '../teams/zones';
import type { Failure } from '../contracts/common';
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

export interface TeamContext {
  allTeams: TeamMapping[];
  memberships: CallerTeamMembership[];
  /** the caller's teams selected by the payload's teamId (all of them when absent) */
  selected: CallerTeamMembership[];
  zones: ZoneTable;
}

export async function loadTeamContext(ports: Ports, teamId?: string): Promise<TeamContext | Failure> {
  // both reads are needed on every path that does work, so they go out together
  const zonesRead = loadZones(ports.settings);
  zonesRead.catch(() => undefined); // awaited below; a refusal must not surface as an unhandled rejection first
  const allTeams = parseStoredTeams(await ports.teams.list()).map((s) => s.team);
  const memberships = teamsForCaller(ports.caller.email, allTeams);
  const selected = selectCallerTeams(memberships, teamId);
  if (!Array.isArray(selected)) {
    return fail('forbidden', 'access/foreign-team', `you are not a member of team \`${selected.foreign}\``, { path: 'teamId', help: 'choose one of your own teams' });
  }
  if (selected.length === 0) {
    return fail('forbidden', 'access/no-team', 'you are not a member or lead of any team', { help: 'ask an admin to add your e-mail to a team mapping' });
  }
  return { allTeams, memberships, selected, zones: await zonesRead };
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'status' in x && (x as { status: unknown }).status !== 'ok';
}
