/**
 * Making and ordering diagnostics (the one model of lib/diagnostics). One constructor per
 * severity keeps call sites short; sorting by file, line and path (`sortDiagnostics`) makes
 * output stable (and readable as a list per file).
 */
import { makeDiagnostic, type Location, type Severity } from '../diagnostics';
import type { MacCode } from './codes';
import type { MacDiagnostic } from './types';

export { hasErrors, sortDiagnostics } from '../diagnostics';

const make = (severity: Severity, code: MacCode, message: string, location: Location, help?: string): MacDiagnostic =>
  makeDiagnostic(code, severity, message, { location, help });

export const error = (code: MacCode, message: string, location: Location, help?: string) => make('error', code, message, location, help);
export const warning = (code: MacCode, message: string, location: Location, help?: string) => make('warning', code, message, location, help);
export const info = (code: MacCode, message: string, location: Location, help?: string) => make('info', code, message, location, help);

/** User text inside a message: in backticks, shortened, backticks and line breaks neutralised. */
export function quoted(text: string, max = 80): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
