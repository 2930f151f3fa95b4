/**
 * A team's policies as the calculator works with them: the team mapping reduced to what the
 * generator needs, its policy set in one of three shapes (one templated policy with a binding
 * per zone, a concrete policy, or the shared policy with a zone boundary), the name of the
 * team's IAM group, and every team's policies evaluated in the simulation matrix.
 */
import { diagnostic, type AppDiagnostic } from '../codes';
import { ALERTING_SCHEMAS, generatePolicies, type TeamRole } from './generate-policies';
import { teamZoneNames, type TeamMapping } from '../teams/model';
import { bindingsForEvaluation } from './bindings';
import { boundaryVariant } from './boundary-alternative';
import { ownZonesOnly, simulationMatrix, type CellExpectation, type SimulationMatrix } from './simulate';
import { schemasOutsideZoneScope } from './zone-scoped-schemas';
import type { GeneratedPolicySet } from './types';

/** A team as the calculator needs it. */
export interface CalculatorTeam {
  id: string;
  name: string;
  /** management-zone names */
  zones: string[];
  /** the schemas the team may edit; empty = all five */
  schemas: string[];
}

export type PolicyShape = 'templated' | 'concrete' | 'boundary';

export interface TeamPolicies {
  set?: GeneratedPolicySet;
  /** why there is no `set` (non-empty exactly then) */
  errors: AppDiagnostic[];
}

export function calculatorTeamOf(team: TeamMapping): CalculatorTeam {
  return { id: team.id, name: team.displayName, zones: teamZoneNames(team), schemas: team.allowedSchemas };
}

/** The policy set of a team for a role in a shape, or why there is none. */
export function generateForTeam(team: CalculatorTeam | undefined, role: TeamRole, shape: PolicyShape): TeamPolicies {
  if (!team) return { errors: [diagnostic('calculator/generate/no-team', 'choose a team')] };
  const schemas = team.schemas.length > 0 ? team.schemas : undefined;
  const unscoped = schemasOutsideZoneScope(schemas);
  if (unscoped.length > 0) return { errors: unscoped };
  if (shape === 'boundary') {
    const b = boundaryVariant({ role, team: team.id, zones: team.zones, schemas });
    return b.ok ? { set: b.set, errors: [] } : { errors: b.errors };
  }
  const g = generatePolicies({ role, zones: team.zones, schemas, templated: shape === 'templated', team: team.id });
  return g.errors.length > 0 ? { errors: g.errors } : { set: g, errors: [] };
}

/** The name of the IAM group a team's policies are bound to (Monaco matches groups by name). */
export function teamGroupName(team: Pick<CalculatorTeam, 'name'>, role: TeamRole): string {
  return `Team ${team.name} alerting ${role}s`;
}

/** A zone no team owns: every team must be denied there. */
export const ZONE_OF_NO_TEAM = '(zone of no team)';

/** Admins read the alerting of every zone (to list what no team owns); they write only in their team's zones. */
const adminExpectation: CellExpectation = (team, schemaId, operation, zone) =>
  operation === 'read' && (team.schemas === undefined || team.schemas.length === 0 || team.schemas.includes(schemaId)) ? 'allow' : ownZonesOnly(team, schemaId, operation, zone);

/**
 * Every team's policies (for one role and shape) on every alerting schema, read and write, in
 * every team's zones and in a zone of no team; a team without policies is denied everything.
 */
export function teamSimulationMatrix(teams: readonly CalculatorTeam[], role: TeamRole, shape: PolicyShape): SimulationMatrix {
  const perTeam = Object.fromEntries(teams.map((t) => {
    const g = generateForTeam(t, role, shape);
    return [t.id, g.set ? bindingsForEvaluation(g.set) : []];
  }));
  return simulationMatrix(teams, perTeam, ALERTING_SCHEMAS, ['read', 'write'], [ZONE_OF_NO_TEAM], role === 'admin' ? adminExpectation : ownZonesOnly);
}
