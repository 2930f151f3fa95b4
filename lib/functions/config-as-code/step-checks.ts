/**
 * What the plan asks for each step before anything is written — what the preview asks for one
 * change: the guardrails of the caller's team (as the create/update/delete function will run them
 * at apply) and the Settings API's own `validateOnly` answer, with the caller's permissions.
 *
 * The guardrails see the world as apply will leave it when it reaches the step: alerting profiles
 * as the plan changes them (profiles come first), a profile the plan creates under its
 * placeholder id, and quotas counting the creates before. A step whose value names an object the
 * plan creates first cannot be validated by the platform yet (the reference would not resolve):
 * it is validated when apply writes it (`validated: false`). A step one of the team's approval
 * rules holds back is refused as apply would meet it (`approval/required`): it goes through a
 * change request in the app, never straight from the files.
 */
import { approvalRuleForChange } from '../../approvals/change-zones';
import { describeApprovalRule } from '../../approvals/rules';
import { diagnostic, type DiagnosticCode } from '../../codes';
import { quoted } from '../../config-as-code/diagnostics';
import { referencePlaceholder } from '../../config-as-code/monaco/resolve';
import type { CurrentObject, PlanStep } from '../../config-as-code/types';
import type { MacDiagnosticOut } from '../../contracts/config-as-code-common';
import type { Finding } from '../../contracts/common';
import { alertingKnowledge } from '../../guardrails/alerting-knowledge';
import { evaluateGuardrails } from '../../guardrails/engine';
import { PortError, type SettingsPort } from '../ports';
import { PROFILE_SCHEMA } from '../team-objects';
import type { TeamSnapshot } from './team-snapshot';

export interface StepCheck {
  /** guardrail findings that do not block */
  findings: Finding[];
  /** blocking findings and Settings validation errors, at the step's template and field */
  refusals: MacDiagnosticOut[];
  validated: boolean;
}

/** At most this many alerting profiles outside the team are read for notifications that name them. */
const MAX_FOREIGN_PROFILE_READS = 50;

/** A refusal at the step's template and field; a delete has no file, so its message names the object. */
function refusal(step: PlanStep, code: DiagnosticCode, message: string, path: string | undefined, help?: string): MacDiagnosticOut {
  return diagnostic(code, step.action === 'delete' ? `${quoted(step.name)}: ${message}` : message, {
    severity: 'error', ...(help ? { help } : {}), location: { file: step.template, path },
  });
}

const PORT_ERROR_CODE: Record<PortError['status'], DiagnosticCode> = {
  invalid: 'settings/invalid', forbidden: 'settings/forbidden', conflict: 'settings/conflict', 'not-found': 'settings/not-found', error: 'settings/error',
};

async function profileValues(settings: SettingsPort, snapshot: TeamSnapshot, steps: readonly PlanStep[]): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>(snapshot.profiles.map((p) => [p.objectId, p.value]));
  for (const s of steps) {
    if (s.schemaId !== PROFILE_SCHEMA || !s.value) continue;
    if (s.action === 'update' && s.objectId) values.set(s.objectId, s.value);
    if (s.action === 'create' && s.coordinate) values.set(referencePlaceholder(s.coordinate), s.value);
  }
  const unknown = new Set<string>();
  for (const s of steps) {
    const scope = s.value ? alertingKnowledge.scopeOf(s.schemaId, s.value) : undefined;
    if (scope?.kind === 'via-alerting-profile' && !values.has(scope.profileId)) unknown.add(scope.profileId);
  }
  // another team's profile (or none): read as the create function would; unreadable stays unknown (fail closed)
  for (const id of [...unknown].slice(0, MAX_FOREIGN_PROFILE_READS)) {
    try {
      const p = await settings.get(id);
      if (p.schemaId === PROFILE_SCHEMA) values.set(id, p.value);
    } catch (e) {
      if (!(e instanceof PortError)) throw e;
    }
  }
  return values;
}

/** The team's approval rule a step falls under, in words, with zones read as the write functions read them. */
function approvalRuleOf(snapshot: TeamSnapshot, step: PlanStep, before: unknown, profiles: ReadonlyMap<string, unknown>): string | undefined {
  if (step.action === 'unchanged') return undefined;
  const values = [before, step.action === 'delete' ? undefined : step.value].filter((v) => v !== undefined);
  const match = approvalRuleForChange(snapshot.team.approvals, { schemaId: step.schemaId, operation: step.action, values, zones: snapshot.ctx.zones, alertingProfile: (id) => profiles.get(id) });
  return match ? describeApprovalRule(match.rule) : undefined;
}

function guardrails(snapshot: TeamSnapshot, steps: readonly PlanStep[], current: ReadonlyMap<string, CurrentObject>, profiles: ReadonlyMap<string, unknown>): Map<PlanStep, { findings: Finding[]; refusals: MacDiagnosticOut[] }> {
  const out = new Map<PlanStep, { findings: Finding[]; refusals: MacDiagnosticOut[] }>();
  const created = new Map<string, number>();
  const { team, ctx } = snapshot;
  for (const step of steps) {
    const before = step.objectId ? current.get(step.objectId)?.value : undefined;
    const quota = step.action === 'create' && team.quotas.some((q) => q.schemaId === step.schemaId);
    const existingCount = quota ? snapshot.objects.filter((o) => o.schemaId === step.schemaId).length + (created.get(step.schemaId) ?? 0) : undefined;
    if (step.action === 'create') created.set(step.schemaId, (created.get(step.schemaId) ?? 0) + 1);
    const decision = evaluateGuardrails({
      operation: step.action === 'unchanged' ? 'update' : step.action, schemaId: step.schemaId, team, allTeams: ctx.allTeams, zones: ctx.zones,
      before, after: step.action === 'delete' ? undefined : step.value, alertingProfile: (id) => profiles.get(id),
      ...(existingCount !== undefined ? { existingCount } : {}), knowledge: alertingKnowledge,
    });
    const refusals = decision.findings.filter((f) => f.severity === 'error').map((f) => refusal(step, f.code, f.message, f.location?.path, f.help));
    const rule = refusals.length === 0 ? approvalRuleOf(snapshot, step, before, profiles) : undefined;
    if (rule) refusals.push(refusal(step, 'approval/required', `a lead must approve this change: ${rule}`, undefined, 'propose it in the app (Propose change), where a lead of the team approves it'));
    out.set(step, { findings: decision.findings.filter((f) => f.severity !== 'error'), refusals });
  }
  return out;
}

async function validateWithPlatform(settings: SettingsPort, step: PlanStep): Promise<MacDiagnosticOut[]> {
  try {
    if (step.action === 'update') await settings.update(step.objectId!, step.value!, step.updateToken!, true);
    else await settings.create(step.schemaId, step.value!, true);
    return [];
  } catch (e) {
    if (!(e instanceof PortError)) throw e;
    if (e.status === 'invalid' && e.violations.length > 0) return e.violations.map((v) => refusal(step, 'settings/constraint-violation', v.message, v.path || undefined));
    if (e.status === 'forbidden') {
      return [refusal(step, 'settings/forbidden', `your permissions do not allow this write: ${e.message}`, undefined, 'the team\'s IAM policies decide which zones you may write')];
    }
    if (e.status === 'conflict') return [refusal(step, 'settings/conflict', 'the object changed while the plan was made', undefined, 'plan again')];
    return [refusal(step, PORT_ERROR_CODE[e.status], e.message, undefined)];
  }
}

/**
 * Checks every step. `refusedFiles`: templates the plan already refused something in — their
 * steps are not sent to the platform (a value the plan knows is wrong only adds noise).
 */
export async function checkSteps(settings: SettingsPort, snapshot: TeamSnapshot, steps: readonly PlanStep[], refusedFiles: ReadonlySet<string>): Promise<Map<PlanStep, StepCheck>> {
  const current = new Map(snapshot.objects.map((o) => [o.objectId, o]));
  const profiles = await profileValues(settings, snapshot, steps);
  const rails = guardrails(snapshot, steps, current, profiles);
  const out = new Map<PlanStep, StepCheck>();
  for (const step of steps) {
    const r = rails.get(step)!;
    out.set(step, { findings: r.findings, refusals: r.refusals, validated: false });
  }
  const toValidate = steps.filter((s) => (s.action === 'create' || s.action === 'update') && s.value && s.pendingReferences.length === 0
    && out.get(s)!.refusals.length === 0 && !(s.template && refusedFiles.has(s.template)));
  // one call after another: with 8 in flight, about 1 in 100 of the js-runtime's fetches failed
  // before reaching the local platform (SDK `UnexpectedError`), which would fail the whole plan
  for (const step of toValidate) {
    const check = out.get(step)!;
    check.refusals.push(...(await validateWithPlatform(settings, step)));
    check.validated = true;
  }
  return out;
}
