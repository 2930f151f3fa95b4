/**
 * Making the IAM library's diagnostics: one at a span of the text, with the code's default
 * severity (`codes.ts`) unless the producer says otherwise.
 */
import { diagnosticFactory, type DiagnosticOptions } from '../diagnostics';
import { IAM_CODES, type IamCode } from './codes';
import type { IamDiagnostic, Span } from './types';

const make = diagnosticFactory(IAM_CODES);

/** Where nothing in the text is at fault (a binding without text, an unused parameter): line 1, column 1. */
export const NOWHERE: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

export function spanDiagnostic(code: IamCode, message: string, span: Span, options: Omit<DiagnosticOptions, 'location'> = {}): IamDiagnostic {
  return make(code, message, { ...options, location: span }) as IamDiagnostic;
}
