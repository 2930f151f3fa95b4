/** The config-as-code library's diagnostics as they leave a function: location flattened onto the diagnostic. */
import type { MacDiagnostic } from '../../config-as-code/types';
import type { MacDiagnosticOut } from '../../contracts/config-as-code-common';

export function macDiagnosticOut(d: MacDiagnostic): MacDiagnosticOut {
  const out: MacDiagnosticOut = { code: d.code, severity: d.severity, message: d.message };
  if (d.help !== undefined) out.help = d.help;
  const l = d.location;
  if (l.file !== undefined) out.file = l.file;
  if (l.path !== undefined) out.path = l.path;
  if (l.line !== undefined) out.line = l.line;
  if (l.column !== undefined) out.column = l.column;
  return out;
}
