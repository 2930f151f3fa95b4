/**
 * Apply, the client's half of plan/apply (the UI and the CLI run this same code): exactly the
 * plan's steps, in the plan's order (profiles before notifications, deletes of notifications before
 * their profiles), each through the guarded create/update/delete function with the token the plan
 * read — so anything changed since the plan is a `conflict`, reported and never overwritten. The
 * objectIds of profiles created on the way are filled into the notifications that name them
 * (`valueToWrite`), and each secret the plan masked is filled in from the client's own environment.
 *
 * It stops at the first step that is not applied: the rest is reported as not applied, so a
 * partial failure reads as "these were applied, this one failed and why, these were not tried".
 * Running plan and apply again converges: the applied steps are then unchanged.
 *
 * The calls are a port, so this module does no I/O of its own; a port answers status-tagged
 * results and never throws (a network failure is an `error` result).
 */
import type { Diagnostic, Failure } from '../../contracts/common';
import type { CreateAlertingObjectRequest, CreateAlertingObjectResponse } from '../../contracts/create-alerting-object';
import type { DeleteAlertingObjectRequest, DeleteAlertingObjectResponse } from '../../contracts/delete-alerting-object';
import type { PlanAlertingChangesOk, PlanStepOut } from '../../contracts/plan-alerting-changes';
import type { UpdateAlertingObjectRequest, UpdateAlertingObjectResponse } from '../../contracts/update-alerting-object';
import { diagnostic } from '../../codes';
import type { MacCode } from '../codes';
import { coordinateKey } from '../monaco/resolve';
import { valueToWrite } from '../plan/summary';
import type { PlanStep } from '../types';
import { setAt } from '../value-path';

export interface ApplyPort {
  create(request: CreateAlertingObjectRequest): Promise<CreateAlertingObjectResponse | Failure>;
  update(request: UpdateAlertingObjectRequest): Promise<UpdateAlertingObjectResponse | Failure>;
  delete(request: DeleteAlertingObjectRequest): Promise<DeleteAlertingObjectResponse | Failure>;
}

/**
 * `applied`; `conflict` (changed or gone since the plan); `refused` (the function's guardrails,
 * IAM, or an approval it requires); `failed` (anything else, or a secret the client lacks);
 * `not-applied` (after an earlier step stopped the run).
 */
export type StepOutcome = 'applied' | 'conflict' | 'refused' | 'failed' | 'not-applied';

export interface StepReport {
  index: number;
  action: PlanStepOut['action'];
  schemaId: string;
  name: string;
  file?: string;
  /** the object written (a create's new id) */
  objectId?: string;
  outcome: StepOutcome;
  diagnostics: Diagnostic[];
}

export interface ApplyReport {
  teamId: string;
  /** every step applied */
  complete: boolean;
  applied: number;
  steps: StepReport[];
}

export interface ApplyOptions {
  port: ApplyPort;
  /** the client's environment: values for the plan's masked secrets (`step.secrets[].envVar`) */
  env: Readonly<Record<string, string | undefined>>;
  /** called after every step, for progress */
  onStep?: (report: StepReport, done: number, total: number) => void;
}

const OUTCOME_OF: Record<Failure['status'], StepOutcome> = { conflict: 'conflict', 'not-found': 'conflict', forbidden: 'refused', invalid: 'refused', error: 'failed' };

function problem(code: MacCode, message: string, help: string): Diagnostic {
  return diagnostic(code, message, { help });
}

/** The value a create or update writes: created ids filled in, masked secrets from the environment. */
function valueFor(step: PlanStepOut, created: ReadonlyMap<string, string>, env: ApplyOptions['env']): { value: Record<string, unknown> } | { problem: Diagnostic } {
  const asPlanned = { action: step.action, schemaId: step.schemaId, name: step.name, pendingReferences: step.pendingReferences, changes: [], ...(step.value ? { value: step.value } : {}) } as PlanStep;
  const value = valueToWrite(asPlanned, created);
  if (!value) return { problem: problem('mac/apply/reference-unresolved', 'an object this step names was not created', 'apply the plan again from the start') };
  for (const s of step.secrets) {
    const secret = env[s.envVar];
    if (secret === undefined) return { problem: problem('mac/apply/secret-not-given', `the secret \`${s.path}\` needs \`${s.envVar}\`, which is not set`, `set ${s.envVar} as it was set for the plan`) };
    setAt(value, s.path, secret);
  }
  return { value };
}

async function runStep(step: PlanStepOut, teamId: string, created: Map<string, string>, options: ApplyOptions): Promise<Pick<StepReport, 'outcome' | 'diagnostics' | 'objectId'>> {
  if (step.action === 'delete') {
    const r = await options.port.delete({ objectId: step.objectId!, updateToken: step.updateToken! });
    return r.status === 'ok' ? { outcome: 'applied', diagnostics: [], objectId: r.objectId } : { outcome: OUTCOME_OF[r.status], diagnostics: r.diagnostics };
  }
  const v = valueFor(step, created, options.env);
  if ('problem' in v) return { outcome: 'failed', diagnostics: [v.problem] };
  if (step.action === 'create') {
    const r = await options.port.create({ schemaId: step.schemaId, value: v.value, teamId });
    if (r.status !== 'ok') return { outcome: OUTCOME_OF[r.status], diagnostics: r.diagnostics };
    if (step.coordinate) created.set(coordinateKey(step.coordinate), r.objectId);
    return { outcome: 'applied', diagnostics: [], objectId: r.objectId };
  }
  const r = await options.port.update({ objectId: step.objectId!, updateToken: step.updateToken!, value: v.value });
  return r.status === 'ok' ? { outcome: 'applied', diagnostics: [], objectId: r.objectId } : { outcome: OUTCOME_OF[r.status], diagnostics: r.diagnostics };
}

export async function applyPlan(plan: PlanAlertingChangesOk, options: ApplyOptions): Promise<ApplyReport> {
  const created = new Map<string, string>();
  const steps: StepReport[] = [];
  let stoppedAt: StepReport | undefined;
  for (const [index, step] of plan.steps.entries()) {
    const base = { index, action: step.action, schemaId: step.schemaId, name: step.name, ...(step.file ? { file: step.file } : {}) };
    let report: StepReport;
    if (!plan.applicable) {
      report = { ...base, outcome: 'not-applied', diagnostics: [problem('mac/apply/plan-refused', 'the plan refuses changes, so nothing is applied', 'fix what the plan refuses and plan again')] };
    } else if (stoppedAt) {
      report = { ...base, outcome: 'not-applied', diagnostics: [diagnostic('mac/apply/stopped', `not tried: step ${stoppedAt.index + 1} (${stoppedAt.name}) was not applied`)] };
    } else {
      const r = await runStep(step, plan.teamId, created, options);
      report = { ...base, ...(step.objectId ? { objectId: step.objectId } : {}), ...r };
      if (report.outcome !== 'applied') stoppedAt = report;
    }
    steps.push(report);
    options.onStep?.(report, steps.length, plan.steps.length);
  }
  const applied = steps.filter((s) => s.outcome === 'applied').length;
  return { teamId: plan.teamId, complete: plan.applicable && applied === steps.length, applied, steps };
}
