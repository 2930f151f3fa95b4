/** The config-as-code library's diagnostics as they leave a function: the one model, location kept to file and position. */
import { makeDiagnostic } from '../../diagnostics';
import type { MacDiagnostic } from '../../config-as-code/types';
import type { MacDiagnosticOut } from '../../contracts/config-as-code-common';

export function macDiagnosticOut(d: MacDiagnostic): MacDiagnosticOut {
  const l = d.location;
  const location = l ? { file: l.file, path: l.path, line: l.line, column: l.column } : undefined;
  return makeDiagnostic(d.code, d.severity, d.message, { ...(d.help !== undefined ? { help: d.help } : {}), ...(location ? { location } : {}) });
}
