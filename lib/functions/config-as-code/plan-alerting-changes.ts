/**
 * `plan-alerting-changes`: a Monaco project against the caller's team → the steps apply will run.
 * Import and plan are `lib/config-as-code` (pure); this adds what needs the platform: the team's
 * objects with their update tokens, and per step the guardrails and the Settings validation
 * (`step-checks.ts`). Every error of any stage lands in `refused` at its file and field, and any
 * refusal makes the plan not applicable: apply runs a plan completely or not at all.
 *
 * Environment values (secrets above all) are used for the checks and never answered: a value
 * that holds one comes back masked, with the variable's name where the client puts it back.
 */
import { sortDiagnostics } from '../../diagnostics';
import { importMonacoProject, planChanges } from '../../config-as-code';
import { coordinateKey } from '../../config-as-code/monaco/resolve';
import type { DesiredObject, PlanStep } from '../../config-as-code/types';
import { setAt } from '../../config-as-code/value-path';
import { ALERTING_SCHEMA_IDS, type Failure } from '../../contracts/common';
import type { PlanAlertingChangesRequest, PlanAlertingChangesResponse, PlanEntry, PlanStepOut } from '../../contracts/plan-alerting-changes';
import { MASKED_SECRET } from '../../settings-schemas';
import type { Ports } from '../ports';
import { isFailure } from '../team-context';
import { macDiagnosticOut } from './mac-diagnostics';
import { checkSteps, type StepCheck } from './step-checks';
import { loadTeamSnapshot } from './team-snapshot';

function entryOf(step: PlanStep): PlanEntry {
  const e: PlanEntry = { schemaId: step.schemaId, name: step.name };
  if (step.objectId) e.objectId = step.objectId;
  if (step.coordinate) e.configId = step.coordinate.configId;
  if (step.file) e.file = step.file;
  return e;
}

/** The step as it leaves: environment secrets masked, with the variable that fills each at apply. */
function stepOut(step: PlanStep & { action: PlanStepOut['action'] }, desired: DesiredObject | undefined, check: StepCheck): PlanStepOut {
  const fromEnv = (desired?.secrets ?? []).filter((s) => s.source === 'environment' && s.envVar);
  let value = step.value;
  if (value && fromEnv.length > 0) {
    value = structuredClone(value);
    for (const s of fromEnv) setAt(value, s.path, MASKED_SECRET);
  }
  const out: PlanStepOut = {
    action: step.action, schemaId: step.schemaId, name: step.name,
    secrets: fromEnv.map((s) => ({ path: s.path, envVar: s.envVar! })),
    pendingReferences: step.pendingReferences, changes: step.changes, findings: check.findings, validated: check.validated,
  };
  if (step.coordinate) out.coordinate = step.coordinate;
  if (step.objectId) out.objectId = step.objectId;
  if (step.updateToken) out.updateToken = step.updateToken;
  if (step.file) out.file = step.file;
  if (step.template) out.template = step.template;
  if (value) out.value = value;
  return out;
}

export async function planAlertingChanges(ports: Ports, req: PlanAlertingChangesRequest): Promise<PlanAlertingChangesResponse | Failure> {
  const schemaIds = req.schemaIds ?? [...ALERTING_SCHEMA_IDS];
  const snapshot = await loadTeamSnapshot(ports, req.teamId, schemaIds);
  if (isFailure(snapshot)) return snapshot;
  const env = req.env ?? {};
  const options = { env, ...(req.environment !== undefined ? { environment: req.environment } : {}) };
  const imported = importMonacoProject(req.files, options);
  const plan = planChanges({ desired: imported.desired, current: snapshot.objects, importDiagnostics: imported.diagnostics }, { prune: req.prune === true, schemaIds });

  const libErrors = plan.diagnostics.filter((d) => d.severity === 'error');
  const refusedFiles = new Set(libErrors.map((d) => d.location?.file).filter((f): f is string => f !== undefined));
  const checks = await checkSteps(ports.settings, snapshot, plan.steps, refusedFiles);
  const desiredByKey = new Map(imported.desired.map((d) => [coordinateKey(d.coordinate), d]));
  const steps = plan.steps.map((s) => stepOut(s as PlanStep & { action: PlanStepOut['action'] }, s.coordinate ? desiredByKey.get(coordinateKey(s.coordinate)) : undefined, checks.get(s)!));
  const refused = sortDiagnostics([...libErrors.map(macDiagnosticOut), ...[...checks.values()].flatMap((c) => c.refusals)]);
  return {
    status: 'ok',
    teamId: snapshot.team.id,
    applicable: refused.length === 0,
    steps,
    unchanged: plan.unchanged.map(entryOf),
    retained: plan.retained.map(entryOf),
    refused,
    notes: plan.diagnostics.filter((d) => d.severity !== 'error').map(macDiagnosticOut),
    environmentVariables: imported.environmentVariables.map((name) => ({ name, provided: Object.hasOwn(env, name) })),
  };
}
