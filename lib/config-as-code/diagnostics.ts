/**
 * Making and ordering diagnostics. One constructor per severity keeps call sites short; sorting
 * by file, line and path makes output stable (and readable as a list per file).
 */
import type { MacCode } from './codes';
import type { MacDiagnostic, MacLocation, Severity } from './types';

function make(severity: Severity, code: MacCode, message: string, location: MacLocation, help?: string): MacDiagnostic {
  const d: MacDiagnostic = { code, severity, message, location: stripUndefined(location) };
  if (help !== undefined) d.help = help;
  return d;
}

function stripUndefined(l: MacLocation): MacLocation {
  const out: MacLocation = {};
  if (l.file !== undefined) out.file = l.file;
  if (l.path !== undefined) out.path = l.path;
  if (l.line !== undefined) out.line = l.line;
  if (l.column !== undefined) out.column = l.column;
  return out;
}

export const error = (code: MacCode, message: string, location: MacLocation, help?: string) => make('error', code, message, location, help);
export const warning = (code: MacCode, message: string, location: MacLocation, help?: string) => make('warning', code, message, location, help);
export const info = (code: MacCode, message: string, location: MacLocation, help?: string) => make('info', code, message, location, help);

/** User text inside a message: in backticks, shortened, backticks and line breaks neutralised. */
export function quoted(text: string, max = 80): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorted by file, line, path, then severity and code: the same input always lists the same way. */
export function sortDiagnostics(ds: MacDiagnostic[]): MacDiagnostic[] {
  return [...ds].sort((a, b) =>
    (a.location.file ?? '').localeCompare(b.location.file ?? '')
    || (a.location.line ?? 0) - (b.location.line ?? 0)
    || (a.location.path ?? '').localeCompare(b.location.path ?? '')
    || severityRank[a.severity] - severityRank[b.severity]
    || a.code.localeCompare(b.code)
    || a.message.localeCompare(b.message));
}

export const hasErrors = (ds: readonly MacDiagnostic[]) => ds.some((d) => d.severity === 'error');
