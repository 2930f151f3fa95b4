/**
 * Facade of `lib/diagnostics`: the one diagnostics model (`Diagnostic`, `Severity`, `Location`,
 * `TextSpan`), code tables (`CodeInfo`, `CodeTable`), making diagnostics (`diagnosticFactory`,
 * `makeDiagnostic`, `atPath`) and ordering them (`sortDiagnostics`). Imports nothing.
 */
export * from './model';
export { atPath, diagnosticFactory, locationOf, makeDiagnostic, type DiagnosticOptions } from './build';
export { compareDiagnostics, hasErrors, SEVERITY_RANK, sortDiagnostics } from './order';
