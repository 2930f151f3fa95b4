/**
 * Making diagnostics. `diagnosticFactory(codes)` gives a producer a `diagnostic(code, message, …)`
 * that accepts only the codes of that table (TypeScript refuses any other) and takes the code's
 * default severity from it. Locations are copied field by field in one order, without empty
 * fields, so equal problems serialize equally and no caller's object (an AST span) is shared.
 */
import type { CodeTable, Diagnostic, Location, Severity } from './model';

export interface DiagnosticOptions {
  /** overrides the code's default severity (e.g. a guardrail in `warn` mode) */
  severity?: Severity;
  help?: string;
  location?: Location;
  suggestions?: readonly string[];
}

const LOCATION_FIELDS = ['file', 'path', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset'] as const;

/** `location` without undefined fields and without an empty path or file; undefined when nothing is left. */
export function locationOf(location: Location | undefined): Location | undefined {
  if (location === undefined) return undefined;
  let out: Location | undefined;
  for (const field of LOCATION_FIELDS) {
    const v = location[field];
    if (v === undefined || v === '') continue;
    (out ??= {} as Record<string, unknown>)[field] = v;
  }
  return out;
}

/** A value-path location, or none for the whole value (`''`). */
export function atPath(path: string | undefined): Location | undefined {
  return path ? { path } : undefined;
}

export function makeDiagnostic<C extends string>(code: C, severity: Severity, message: string, options: DiagnosticOptions = {}): Diagnostic<C> {
  const d: Diagnostic<C> = { code, severity, message };
  if (options.help !== undefined) d.help = options.help;
  const location = locationOf(options.location);
  if (location !== undefined) d.location = location;
  if (options.suggestions !== undefined && options.suggestions.length > 0) d.suggestions = [...options.suggestions];
  return d;
}

/**
 * A `diagnostic(code, message, options)` for the codes of `codes`, with each code's default
 * severity. A code outside the table does not compile; should one arrive untyped, it is an error.
 */
export function diagnosticFactory<T extends CodeTable>(codes: T) {
  return function diagnostic<C extends keyof T & string>(code: C, message: string, options: DiagnosticOptions = {}): Diagnostic<C> {
    return makeDiagnostic(code, options.severity ?? (codes[code] as CodeTable[string] | undefined)?.severity ?? 'error', message, options);
  };
}
