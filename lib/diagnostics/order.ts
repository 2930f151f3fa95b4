/**
 * Ordering and summing up diagnostics: sorted by where they point (file, line, column, path),
 * then severity, code and message, so the same input always lists the same way (errors sorted
 * by location, as OPA and cedar do).
 */
import type { Diagnostic, Severity } from './model';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.location ?? {};
  const lb = b.location ?? {};
  return (la.file ?? '').localeCompare(lb.file ?? '')
    || (la.line ?? 0) - (lb.line ?? 0)
    || (la.column ?? 0) - (lb.column ?? 0)
    || (la.path ?? '').localeCompare(lb.path ?? '')
    || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    || a.code.localeCompare(b.code)
    || a.message.localeCompare(b.message);
}

/** A sorted copy. */
export function sortDiagnostics<D extends Diagnostic>(ds: readonly D[]): D[] {
  return [...ds].sort(compareDiagnostics);
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');
