/** How a rule reports what it finds: a guardrail code at a value path (`''`: the whole object). */
import { diagnostic } from '../codes';
import { atPath } from '../diagnostics';
import type { GuardrailCode } from './codes';
import type { RuleDiagnostic } from './types';

export function ruleDiagnostic(code: GuardrailCode, path: string, message: string, help?: string): RuleDiagnostic {
  return diagnostic(code, message, { location: atPath(path), help });
}
