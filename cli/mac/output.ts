/** Human-readable plan and apply output (the `--json` forms are `planReport` and the apply report). */
import type { ApplyReport, PlanReport, StepReport } from '../../lib/config-as-code/apply';
import type { Diagnostic } from '../../lib/contracts/common';

const show = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v));

export function planText(teamId: string, r: PlanReport): string {
  const lines = [`plan for team ${teamId}: ${r.create.length} to create, ${r.update.length} to update, ${r.delete.length} to delete, ${r.unchanged} unchanged`];
  for (const e of r.create) lines.push(`  + create ${e.schemaId} ${JSON.stringify(e.name)}${e.file ? `  (${e.file})` : ''}`);
  for (const e of r.update) {
    lines.push(`  ~ update ${e.schemaId} ${JSON.stringify(e.name)}${e.file ? `  (${e.file})` : ''}`);
    for (const c of e.changes ?? []) lines.push(`      ${c.path}: ${c.kind === 'added' ? `+ ${show(c.after)}` : c.kind === 'removed' ? `- ${show(c.before)}` : `${show(c.before)} → ${show(c.after)}`}`);
  }
  for (const e of r.delete) lines.push(`  - delete ${e.schemaId} ${JSON.stringify(e.name)} (${e.objectId})`);
  if (r.retained.length > 0) {
    lines.push(`kept (not in the files; --prune would delete them): ${r.retained.length}`);
    for (const e of r.retained) lines.push(`  = ${e.schemaId} ${JSON.stringify(e.name)} (${e.objectId})`);
  }
  if (r.refused.length > 0) {
    lines.push(`refused (${r.refused.length}): nothing can be applied`);
    for (const d of r.refused) lines.push(diagnosticLine(d));
  }
  return `${lines.join('\n')}\n`;
}

/** A refused entry of the plan report (flat: file, path, line) or a diagnostic (its location), as one line. */
type Printable = Pick<Diagnostic, 'message' | 'help'> & { code: string; file?: string; path?: string; line?: number; location?: Diagnostic['location'] };

export function diagnosticLine(p: Printable, severity = 'error'): string {
  const d = { ...p, ...p.location };
  const where = [d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : undefined, d.path].filter(Boolean).join(': ');
  return `  ${where ? `${where}: ` : ''}${severity}[${d.code}]: ${d.message}${d.help ? `\n    help: ${d.help}` : ''}`;
}

export function failureText(diagnostics: Diagnostic[]): string {
  return `${diagnostics.map((d) => diagnosticLine(d)).join('\n')}\n`;
}

const MARK: Record<StepReport['outcome'], string> = { applied: 'applied', conflict: 'CONFLICT', refused: 'REFUSED', failed: 'FAILED', 'not-applied': 'not applied' };

export function stepText(s: StepReport, total: number): string {
  const head = `[${s.index + 1}/${total}] ${s.action} ${s.schemaId} ${JSON.stringify(s.name)}: ${MARK[s.outcome]}${s.objectId && s.outcome === 'applied' ? ` (${s.objectId})` : ''}`;
  return `${[head, ...s.diagnostics.map((d) => diagnosticLine(d))].join('\n')}\n`;
}

export function applySummaryText(r: ApplyReport): string {
  if (r.complete) return `applied all ${r.applied} steps\n`;
  const stopped = r.steps.find((s) => s.outcome !== 'applied' && s.outcome !== 'not-applied');
  return `applied ${r.applied} of ${r.steps.length} steps${stopped ? `; stopped at step ${stopped.index + 1} (${stopped.outcome})` : ''}: plan and apply again once it is resolved\n`;
}
