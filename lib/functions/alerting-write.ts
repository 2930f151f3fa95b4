/**
 * The shared core of preview, create, update and delete: pick the caller's team for the change,
 * gather what the guardrails need (the notification's alerting profile, the team's object count
 * for quotas) and evaluate. The team is the first of the caller's teams whose guardrails allow
 * the change; when none does, the findings of the most plausible team are reported. A change the
 * guardrails allow may still fall under one of that team's approval rules (`approval`): then it
 * can only be proposed, and a lead's decision writes it (`change-request-decide.ts`).
 */
import { approvalRuleForChange } from '../approvals/change-zones';
import { describeApprovalRule } from '../approvals/rules';
import type { AlertingSchemaId, ApprovalRequirement, Finding } from '../contracts/common';
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { evaluateGuardrails } from '../guardrails/engine';
import type { GuardrailDecision } from '../guardrails/types';
import type { TeamMapping } from '../teams/model';
import { ownerAmong } from './ownership';
import { PortError, type SettingsPort } from './ports';
import type { TeamContext } from './team-context';
import { listTeamObjects } from './team-objects';

export interface ChangeRequest {
  operation: 'create' | 'update' | 'delete';
  schemaId: AlertingSchemaId;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface ChangeDecision extends GuardrailDecision {
  team: TeamMapping;
  /** the chosen team's approval rule the change falls under (only when the guardrails allow it) */
  approval?: ApprovalRequirement;
}

/** The team's first approval rule this change falls under, zones read as `lib/approvals` reads them. */
function approvalOf(team: TeamMapping, change: ChangeRequest, ctx: TeamContext, alertingProfile: (id: string) => unknown): ApprovalRequirement | undefined {
  const values = [change.before, change.after].filter((v) => v !== undefined);
  const match = approvalRuleForChange(team.approvals, { schemaId: change.schemaId, operation: change.operation, values, zones: ctx.zones, alertingProfile });
  return match ? { teamId: team.id, rule: { ...match.rule, index: match.index }, description: describeApprovalRule(match.rule) } : undefined;
}

/** Reads the alerting profiles a notification value points at (missing or unreadable → absent); `known` ones are not read again. */
async function profileLookup(settings: SettingsPort, change: ChangeRequest, known?: ReadonlyMap<string, unknown>): Promise<(id: string) => unknown> {
  const ids = new Set<string>();
  for (const v of [change.before, change.after]) {
    const s = alertingKnowledge.scopeOf(change.schemaId, v);
    if (s.kind === 'via-alerting-profile') ids.add(s.profileId);
  }
  const found = new Map<string, unknown>();
  for (const id of ids) {
    if (known?.has(id)) {
      found.set(id, known.get(id));
      continue;
    }
    try {
      const p = await settings.get(id);
      if (p.schemaId === 'builtin:alerting.profile') found.set(id, p.value);
    } catch (e) {
      if (!(e instanceof PortError)) throw e;
    }
  }
  return (id) => found.get(id);
}

/** `knownProfiles`: alerting-profile values the caller just read (id → value), so they are not read again. */
export async function decideChange(settings: SettingsPort, ctx: TeamContext, change: ChangeRequest, knownProfiles?: ReadonlyMap<string, unknown>): Promise<ChangeDecision> {
  const teams = ctx.selected.map((m) => m.team);
  const alertingProfile = await profileLookup(settings, change, knownProfiles);
  const evaluate = async (team: TeamMapping): Promise<GuardrailDecision> => {
    const quota = change.operation === 'create' && team.quotas.some((q) => q.schemaId === change.schemaId);
    const existingCount = quota ? (await listTeamObjects(settings, change.schemaId, [team], ctx.allTeams, ctx.zones)).length : 0;
    return evaluateGuardrails({
      operation: change.operation, schemaId: change.schemaId, team, allTeams: ctx.allTeams, zones: ctx.zones,
      before: change.before, after: change.after, alertingProfile, existingCount, knowledge: alertingKnowledge,
    });
  };
  const decisions: ChangeDecision[] = [];
  for (const team of teams) {
    const d: ChangeDecision = { ...(await evaluate(team)), team };
    if (d.allowed) {
      const approval = approvalOf(team, change, ctx, alertingProfile);
      return approval ? { ...d, approval } : d;
    }
    decisions.push(d);
  }
  // report for the team that owns the current (or new) object, else the first team
  const ownerCtx = { allTeams: ctx.allTeams, zones: ctx.zones, alertingProfile };
  const owner = ownerAmong(teams, change.schemaId, change.before ?? change.after, ownerCtx);
  return decisions.find((d) => d.team === owner) ?? decisions[0]!;
}

/** `decision` with findings of checks outside the guardrail engine (the metric key); their errors block too. */
export function withFindings(decision: ChangeDecision, extra: readonly Finding[]): ChangeDecision {
  if (extra.length === 0) return decision;
  return { ...decision, findings: [...decision.findings, ...extra], allowed: decision.allowed && !extra.some((f) => f.severity === 'error') };
}

export function nonBlocking(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'error');
}
