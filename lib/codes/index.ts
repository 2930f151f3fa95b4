/**
 * The one catalog of diagnostic codes: every area declares its codes next to it, in its own
 * `codes.ts` (code → default severity and a one-line summary), and this module merges them.
 * `DiagnosticCode` is the union of all codes, so a producer that calls `diagnostic(code, …)` or
 * builds a contract `Diagnostic` cannot use a code that is not declared; the function contracts
 * admit only these codes (`lib/contracts/common.ts`). `catalog.test.ts` checks that every code
 * literal in the source is declared once and that every declared code is emitted somewhere.
 *
 * Adding a code: one line in the `codes.ts` of the area that emits it (a new area: a new
 * `codes.ts` and one line in `CATALOG_AREAS` below). The `codes.ts` files import nothing but
 * `lib/diagnostics` types, so any lib folder may import this catalog without an import loop.
 */
import { diagnosticFactory, type Diagnostic } from '../diagnostics';
import { MAC_CODES } from '../config-as-code/codes';
import { CONTRACT_CODES } from '../contracts/codes';
import { FUNCTION_CODES } from '../functions/codes';
import { GUARDRAIL_CODES } from '../guardrails/codes';
import { IAM_CODES } from '../iam/codes';
import { CALCULATOR_CODES } from '../policy-calculator/codes';
import { REVIEW_CODES } from '../review/codes';
import { TEAM_CODES } from '../teams/codes';

/** Each area's codes and the file that declares them (the catalog test reads them by name). */
export const CATALOG_AREAS = {
  'lib/iam/codes.ts': IAM_CODES,
  'lib/policy-calculator/codes.ts': CALCULATOR_CODES,
  'lib/guardrails/codes.ts': GUARDRAIL_CODES,
  'lib/teams/codes.ts': TEAM_CODES,
  'lib/review/codes.ts': REVIEW_CODES,
  'lib/functions/codes.ts': FUNCTION_CODES,
  'lib/contracts/codes.ts': CONTRACT_CODES,
  'lib/config-as-code/codes.ts': MAC_CODES,
} as const;

export const DIAGNOSTIC_CODES = {
  ...IAM_CODES, ...CALCULATOR_CODES, ...GUARDRAIL_CODES, ...TEAM_CODES, ...REVIEW_CODES, ...FUNCTION_CODES, ...CONTRACT_CODES, ...MAC_CODES,
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Every code, for `z.enum`. */
export const ALL_CODES = Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]];

/** A diagnostic of the app: the one model with a catalogued code. */
export type AppDiagnostic = Diagnostic<DiagnosticCode>;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}

/** `diagnostic(code, message, { help, location, severity, suggestions })` with the code's default severity. */
export const diagnostic = diagnosticFactory(DIAGNOSTIC_CODES);
