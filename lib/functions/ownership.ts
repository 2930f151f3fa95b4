/**
 * Which of the caller's teams owns an object: the first team for which the scope rule finds no
 * violation (enforce mode, as if deleting it). An object spanning two teams' zones is owned by
 * neither, so it is neither listed nor writable through the app.
 */
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { scopeRule } from '../guardrails/rules/scope';
import type { AlertingKnowledge, GuardrailInput } from '../guardrails/types';
import type { TeamMapping } from '../teams/model';
import type { ZoneTable } from '../teams/zones';

export interface OwnershipContext {
  allTeams: readonly TeamMapping[];
  zones: ZoneTable;
  alertingProfile: (objectId: string) => unknown;
  /** defaults to `alertingKnowledge`; a listing passes its per-call scope memo */
  knowledge?: AlertingKnowledge;
}

export function ownerAmong(teams: readonly TeamMapping[], schemaId: string, value: unknown, ctx: OwnershipContext): TeamMapping | undefined {
  if (!alertingKnowledge.isAlertingSchema(schemaId)) return undefined;
  return firstInside(teams, (team) => ({
    operation: 'delete', schemaId, team, before: value, allTeams: ctx.allTeams, zones: ctx.zones,
    alertingProfile: ctx.alertingProfile, knowledge: ctx.knowledge ?? alertingKnowledge,
  }))?.team;
}

/** The first of `teams` the object lies inside, with the guardrail input that showed it (for reuse). */
export function firstInside(teams: readonly TeamMapping[], inputFor: (team: TeamMapping) => GuardrailInput): { team: TeamMapping; input: GuardrailInput } | undefined {
  for (const team of teams) {
    const input = inputFor(team);
    if (insideTeam(input)) return { team, input };
  }
  return undefined;
}

/**
 * Whether the object as it is now lies inside `input.team` by the scope rule, failing closed. An
 * unchanged update (a listing's compliance input) asks the same as a delete: the current value.
 */
function insideTeam(input: GuardrailInput): boolean {
  try {
    return scopeRule.check(input).length === 0;
  } catch {
    return false;
  }
}
