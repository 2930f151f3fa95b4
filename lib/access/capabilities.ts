/**
 * The rule for what a caller may do in the app beyond writing alerting: whose review they may
 * open, whose change requests they may decide and whether they manage team mappings. `get-context` answers it and the UI shows and
 * hides by the answer instead of deciding from roles itself.
 */
import type { CallerCapabilities } from '../contracts/get-context';
import type { TeamRole } from '../teams/membership';

/** The caller as far as the rule needs: admin or not (asked of the platform), and their roles in their teams. */
export interface CapabilityCaller {
  isAdmin: boolean;
  teams: ReadonlyArray<{ id: string; role: TeamRole }>;
}

export function capabilitiesOf(caller: CapabilityCaller): CallerCapabilities {
  return {
    // leads review their team; an admin reviews every team they are in
    reviewTeamIds: caller.teams.filter((t) => t.role === 'lead' || caller.isAdmin).map((t) => t.id),
    manageTeams: caller.isAdmin,
    // only a lead decides change requests (never their own: the function checks each request)
    decideTeamIds: caller.teams.filter((t) => t.role === 'lead').map((t) => t.id),
  };
}
