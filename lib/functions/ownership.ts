/**
 * Which of the caller's teams owns an object: the first team for which the scope rule finds no
 * violation (enforce mode, as if deleting it). An object spanning two teams' zones is owned by
 * neither, so it is neither listed nor writable through the app.
 */
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { scopeRule } from '../guardrails/rules/scope';
import type { TeamMapping } from '../teams/model';
import type { ZoneTable } from '../teams/zones';

export interface OwnershipContext {
  allTeams: readonly TeamMapping[];
  zones: ZoneTable;
  alertingProfile: (objectId: string) => unknown;
}

export function ownerAmong(teams: readonly TeamMapping[], schemaId: string, value: unknown, ctx: OwnershipContext): TeamMapping | undefined {
  if (!alertingKnowledge.isAlertingSchema(schemaId)) return undefined;
  return teams.find((team) => {
    try {
      return scopeRule.check({ operation: 'delete', schemaId, team, before: value, knowledge: alertingKnowledge, ...ctx }).length === 0;
    } catch {
      return false;
    }
  });
}
