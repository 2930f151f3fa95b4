/**
 * The plan as people and pipelines read it (`npm run -s mac -- plan --json`, the UI's counts):
 * `{ create, update, delete, unchanged, retained, refused }`, without any value, so nothing a
 * secret could hide in reaches a log. Field changes of updates keep their masking.
 */
import type { PlanAlertingChangesOk, PlanEntry, PlanStepOut } from '../../contracts/plan-alerting-changes';

export interface PlanReportEntry {
  schemaId: string;
  name: string;
  configId?: string;
  objectId?: string;
  file?: string;
  /** update/delete: the token the plan read (apply writes with it) */
  updateToken?: string;
  changes?: PlanStepOut['changes'];
}

export interface RefusedReportEntry { file?: string; path?: string; line?: number; code: string; message: string; help?: string }

export interface PlanReport {
  create: PlanReportEntry[];
  update: PlanReportEntry[];
  delete: PlanReportEntry[];
  unchanged: number;
  /** the team's objects not in the files, kept because prune is off */
  retained: PlanReportEntry[];
  refused: RefusedReportEntry[];
}

function entry(s: PlanStepOut | PlanEntry): PlanReportEntry {
  const e: PlanReportEntry = { schemaId: s.schemaId, name: s.name };
  const configId = 'coordinate' in s ? s.coordinate?.configId : 'configId' in s ? s.configId : undefined;
  if (configId) e.configId = configId;
  if (s.objectId) e.objectId = s.objectId;
  if (s.file) e.file = s.file;
  if ('updateToken' in s && s.updateToken) e.updateToken = s.updateToken;
  if ('changes' in s && s.action === 'update') e.changes = s.changes;
  return e;
}

export function planReport(plan: PlanAlertingChangesOk): PlanReport {
  const of = (action: PlanStepOut['action']) => plan.steps.filter((s) => s.action === action).map(entry);
  return {
    create: of('create'),
    update: of('update'),
    delete: of('delete'),
    unchanged: plan.unchanged.length,
    retained: plan.retained.map(entry),
    refused: plan.refused.map((d) => ({
      ...(d.location?.file !== undefined ? { file: d.location.file } : {}), ...(d.location?.path !== undefined ? { path: d.location.path } : {}),
      ...(d.location?.line !== undefined ? { line: d.location.line } : {}),
      code: d.code, message: d.message, ...(d.help !== undefined ? { help: d.help } : {}),
    })),
  };
}
