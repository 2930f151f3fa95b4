/**
 * The rule for what a caller may do in the app beyond writing alerting: which pages they may use,
 * whose review they may open (and which of those only read-only), whose change requests they may
 * decide and whether they manage team mappings. `get-context` answers it and the UI shows and
 * hides by the answer instead of deciding from roles itself; the functions ask the same rule
 * (`mayReadTeam`) before they read a team the caller is not in.
 */
import type { CallerCapabilities, TeamZone } from '../contracts/get-context';
import type { TeamRole } from '../teams/membership';
import { pagesOf } from './pages';

/** The caller as far as the rule needs: admin or not (asked of the platform), and their roles in their teams. */
export interface CapabilityCaller {
  isAdmin: boolean;
  teams: ReadonlyArray<{ id: string; role: TeamRole }>;
  /** every team of the tenant (id and display name), to offer an admin the teams they are not in */
  allTeams?: ReadonlyArray<{ id: string; name: string; managementZones?: TeamZone[] }>;
}

export function capabilitiesOf(caller: CapabilityCaller): CallerCapabilities {
  const own = new Set(caller.teams.map((t) => t.id));
  // leads review their team; an admin reviews every team they are in
  const reviewTeamIds = caller.teams.filter((t) => t.role === 'lead' || caller.isAdmin).map((t) => t.id);
  // an admin reviews every other team read-only: they may read it, never write or decide there
  const readOnlyReviewTeams = caller.isAdmin ? (caller.allTeams ?? []).filter((t) => !own.has(t.id)).map((t) => ({ id: t.id, name: t.name, managementZones: t.managementZones ?? [] })) : [];
  return {
    reviewTeamIds,
    readOnlyReviewTeams,
    manageTeams: caller.isAdmin,
    // only a lead decides change requests (never their own: the function checks each request)
    decideTeamIds: caller.teams.filter((t) => t.role === 'lead').map((t) => t.id),
    pages: pagesOf({ isAdmin: caller.isAdmin, inTeam: caller.teams.length > 0, reviews: reviewTeamIds.length + readOnlyReviewTeams.length > 0 }),
  };
}

/**
 * Whether the caller may read team `teamId` without being in it (read-only review). Writing,
 * proposing and deciding always need membership: no write function asks this.
 */
export function mayReadTeamReadOnly(caller: CapabilityCaller, teamId: string): boolean {
  return capabilitiesOf(caller).readOnlyReviewTeams.some((t) => t.id === teamId);
}
