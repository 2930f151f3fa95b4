/**
 * The plan: desired objects (from the files) against the team's current objects → what apply
 * must do, in an order that keeps references valid: creates and updates with alerting profiles
 * first (a notification may point at a profile created in the same run), then deletes with
 * notifications first (a profile is never removed under a notification). Objects of the team the
 * files do not describe are deleted only with `prune`; otherwise they are listed as retained.
 * Any error diagnostic (including the import's) makes the plan not applicable: apply runs a plan
 * completely or not at all.
 */
import { displayNameOf } from '../../alerting/naming';
import { ALERTING_PROFILE, ALERTING_SCHEMA_IDS, PROBLEM_NOTIFICATIONS, isAlertingSchemaId } from '../../alerting/schema-ids';
import { error, hasErrors, info, quoted, sortDiagnostics } from '../diagnostics';
import { coordinateKey } from '../monaco/resolve';
import type { CurrentObject, DesiredObject, IdReference, MacDiagnostic, Plan, PlanOptions, PlanStep } from '../types';
import { getAt } from '../value-path';
import { matchObjects } from './match';
import { objectStep, type ReferenceResolution } from './object-step';

export interface PlanInput {
  desired: DesiredObject[];
  current: CurrentObject[];
  /** the import's diagnostics: its errors make the plan not applicable too */
  importDiagnostics?: MacDiagnostic[];
}

const UPSERT_ORDER: readonly string[] = [ALERTING_PROFILE, ...ALERTING_SCHEMA_IDS.filter((s) => s !== ALERTING_PROFILE && s !== PROBLEM_NOTIFICATIONS), PROBLEM_NOTIFICATIONS];
const DELETE_ORDER: readonly string[] = [...UPSERT_ORDER].reverse();

function ordered(steps: PlanStep[], order: readonly string[]): PlanStep[] {
  return [...steps].sort((a, b) => order.indexOf(a.schemaId) - order.indexOf(b.schemaId)
    || (a.coordinate ? coordinateKey(a.coordinate) : '').localeCompare(b.coordinate ? coordinateKey(b.coordinate) : '')
    || a.name.localeCompare(b.name) || (a.objectId ?? '').localeCompare(b.objectId ?? ''));
}

function currentStep(c: CurrentObject, action: 'delete' | 'unchanged'): PlanStep {
  return { action, schemaId: c.schemaId, name: displayNameOf(c.schemaId, c.value), objectId: c.objectId, updateToken: c.updateToken, pendingReferences: [], changes: [] };
}

export function planChanges(input: PlanInput, options: PlanOptions): Plan {
  const managed = new Set<string>(options.schemaIds ?? ALERTING_SCHEMA_IDS);
  const current = input.current.filter((c) => isAlertingSchemaId(c.schemaId) && managed.has(c.schemaId));
  const outside = input.desired.filter((d) => !managed.has(d.schemaId));
  const match = matchObjects(input.desired.filter((d) => managed.has(d.schemaId)), current);
  const diagnostics: MacDiagnostic[] = [...match.diagnostics, ...outside.map((d) => error('mac/plan/schema-not-planned',
    `${quoted(d.coordinate.configId)} is a ${quoted(d.schemaId)} config, which this plan does not manage`, d.entry,
    `plan with ${d.schemaId} included, or remove the config`))];
  const byCoordinate = new Map(match.pairs.map((p) => [coordinateKey(p.desired.coordinate), p]));
  const resolve = (r: IdReference): ReferenceResolution => {
    const target = byCoordinate.get(coordinateKey(r.target));
    if (!target) return { missing: true };
    // a duplicate has its own error; its dependants wait for it rather than repeat that error
    if (target.duplicate) return { pending: true };
    return target.current ? { objectId: target.current.objectId } : { pending: true };
  };

  const upserts: PlanStep[] = [];
  const unchanged: PlanStep[] = [];
  const refusedKeys = new Set<string>();
  const written = new Map<PlanStep, Record<string, unknown>>();
  for (const pair of match.pairs) {
    if (pair.duplicate) continue;
    const { step, value, diagnostics: ds } = objectStep(pair.desired, pair.current, pair.by, resolve, options.resubmitSecrets === true);
    diagnostics.push(...ds);
    written.set(step, value);
    if (hasErrors(ds)) refusedKeys.add(coordinateKey(pair.desired.coordinate));
    (step.action === 'unchanged' ? unchanged : upserts).push(step);
  }
  // a change that waits for a refused create cannot be applied either
  for (const step of upserts) {
    const blocked = step.pendingReferences.find((r) => refusedKeys.has(coordinateKey(r.target)));
    if (blocked) {
      diagnostics.push(error('mac/plan/dependency-refused', `${quoted(step.name)} needs ${quoted(blocked.target.configId)}, whose change is refused`, { file: step.template, path: blocked.path }));
    }
  }

  const deletes: PlanStep[] = [];
  const retained: PlanStep[] = [];
  for (const c of match.unmatched) {
    if (!options.prune) {
      retained.push(currentStep(c, 'unchanged'));
      diagnostics.push(info('mac/plan/would-delete', `${quoted(displayNameOf(c.schemaId, c.value))} (${quoted(c.objectId)}) is not in the files and would be deleted with prune`, {}));
      continue;
    }
    deletes.push(currentStep(c, 'delete'));
  }
  const deleted = new Set(deletes.map((s) => s.objectId));
  for (const step of [...upserts, ...unchanged]) {
    if (step.schemaId !== PROBLEM_NOTIFICATIONS) continue;
    const profile = getAt(written.get(step), 'alertingProfile');
    if (typeof profile === 'string' && deleted.has(profile)) {
      diagnostics.push(error('mac/plan/delete-referenced', `${quoted(step.name)} still uses the alerting profile ${quoted(profile)}, which prune would delete`,
        { file: step.template, path: 'alertingProfile' }, 'point the notification at a profile of the files, or keep that profile in the files'));
    }
  }

  const all = sortDiagnostics([...(input.importDiagnostics ?? []), ...diagnostics]);
  return {
    steps: [...ordered(upserts, UPSERT_ORDER), ...ordered(deletes, DELETE_ORDER)],
    unchanged: ordered(unchanged, UPSERT_ORDER),
    retained: ordered(retained, UPSERT_ORDER),
    diagnostics: all,
    applicable: !hasErrors(all),
  };
}
