/**
 * What leaves the library for people and pipelines: the plan summary the CLI prints with
 * `plan --json` (`create`, `update`, `delete`, `unchanged` count, `refused`; plus `retained`, the
 * objects kept because prune is off) — without any value, so no secret can leak into a log — and
 * the one piece of apply logic that is pure: filling in the objectIds of objects created earlier
 * in the same run.
 */
import type { ConfigCoordinate, FieldChange, Plan, PlanStep } from '../types';
import { deepClone, setAt } from '../value-path';
import { coordinateKey } from '../monaco/resolve';

export interface PlanSummaryEntry {
  schemaId: string;
  name: string;
  configId?: string;
  objectId?: string;
  /** update/delete: the token the plan read; apply sends it back, so a change since the plan is a conflict */
  updateToken?: string;
  file?: string;
  changes?: FieldChange[];
}

export interface RefusedEntry { file?: string; path?: string; line?: number; code: string; message: string; help?: string }

export interface PlanSummary {
  create: PlanSummaryEntry[];
  update: PlanSummaryEntry[];
  delete: PlanSummaryEntry[];
  unchanged: number;
  retained: PlanSummaryEntry[];
  refused: RefusedEntry[];
}

function entry(step: PlanStep, withChanges: boolean): PlanSummaryEntry {
  const e: PlanSummaryEntry = { schemaId: step.schemaId, name: step.name };
  if (step.coordinate) e.configId = step.coordinate.configId;
  if (step.objectId) e.objectId = step.objectId;
  if (step.updateToken && step.action !== 'unchanged') e.updateToken = step.updateToken;
  if (step.file) e.file = step.file;
  if (withChanges) e.changes = step.changes;
  return e;
}

export function planSummary(plan: Plan): PlanSummary {
  const of = (action: PlanStep['action']) => plan.steps.filter((s) => s.action === action);
  return {
    create: of('create').map((s) => entry(s, false)),
    update: of('update').map((s) => entry(s, true)),
    delete: of('delete').map((s) => entry(s, false)),
    unchanged: plan.unchanged.length,
    retained: plan.retained.map((s) => entry(s, false)),
    refused: plan.diagnostics.filter((d) => d.severity === 'error').map((d) => {
      const r: RefusedEntry = { code: d.code, message: d.message };
      if (d.location?.file !== undefined) r.file = d.location.file;
      if (d.location?.path !== undefined) r.path = d.location.path;
      if (d.location?.line !== undefined) r.line = d.location.line;
      if (d.help !== undefined) r.help = d.help;
      return r;
    }),
  };
}

/**
 * The value a step writes, with its pending references filled from the objects created so far
 * (`created`: config coordinate key → objectId). Undefined when a referenced create has not
 * succeeded: the step must then be reported as not applied.
 */
export function valueToWrite(step: PlanStep, created: ReadonlyMap<string, string>): Record<string, unknown> | undefined {
  if (!step.value) return undefined;
  const value = deepClone(step.value);
  for (const r of step.pendingReferences) {
    const objectId = created.get(coordinateKey(r.target));
    if (objectId === undefined || !setAt(value, r.path, objectId)) return undefined;
  }
  return value;
}

export { coordinateKey };
export type { ConfigCoordinate };
