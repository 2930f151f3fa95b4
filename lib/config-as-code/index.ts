/**
 * Facade of `lib/config-as-code`: a team's alerting as code, pure (no I/O — files, environment
 * variables and the team's objects are passed in).
 *
 * - `exportMonacoProject` / `exportTerraform`: team + objects → file map (secrets never in clear).
 * - `importMonacoProject`: file map (+ environment variables) → desired objects or diagnostics.
 * - `planChanges`: desired vs current objects → ordered create/update/delete steps with field diffs.
 * - `planSummary` / `valueToWrite`: what the CLI prints, and how apply fills in created ids.
 *
 * Formats and their sources: FORMATS.md. Diagnostics: the one model of lib/diagnostics, codes
 * in `MAC_CODES` (part of the catalog in lib/codes).
 */
export * from './types';
export { MAC_CODES, isMacCode, type MacCode } from './codes';
export { exportMonacoProject, MANIFEST_URL_VARIABLE, MANIFEST_TOKEN_VARIABLE } from './monaco/export-monaco';
export { exportTerraform } from './terraform/export-terraform';
export { importMonacoProject } from './monaco/import-monaco';
export { planChanges, type PlanInput } from './plan/plan';
export { planSummary, valueToWrite, coordinateKey, type PlanSummary, type PlanSummaryEntry, type RefusedEntry } from './plan/summary';
export { monacoExternalId } from './identifiers';
