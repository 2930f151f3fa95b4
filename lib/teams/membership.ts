/**
 * Which teams the caller belongs to, derived from the caller's identity only (e-mail matched
 * case-insensitively against members and leads). A `teamId` from a payload can only pick one of
 * these teams; it never adds one.
 */
import type { TeamMapping } from './model';

export type TeamRole = 'lead' | 'member';
export interface CallerTeamMembership {
  team: TeamMapping;
  role: TeamRole;
}

const norm = (s: string) => s.trim().toLowerCase();

export function teamsForCaller(email: string, teams: readonly TeamMapping[]): CallerTeamMembership[] {
  const me = norm(email);
  if (me === '') return [];
  const out: CallerTeamMembership[] = [];
  for (const team of teams) {
    if (team.leads.some((l) => norm(l) === me)) out.push({ team, role: 'lead' });
    else if (team.members.some((m) => norm(m) === me)) out.push({ team, role: 'member' });
  }
  return out;
}

/** Selects the caller's team named by `teamId`, or all of them when absent. */
export function selectCallerTeams(
  memberships: readonly CallerTeamMembership[],
  teamId: string | undefined,
): CallerTeamMembership[] | { foreign: string } {
  if (teamId === undefined) return [...memberships];
  const m = memberships.find((x) => x.team.id === teamId);
  return m ? [m] : { foreign: teamId };
}
