/**
 * The final `;`: Dynatrace's documentation ends every statement and every boundary line with `;`,
 * and the parser already refuses a statement that runs into the next one without it. What it
 * tolerates — the last statement of a policy, or a boundary line — reaches the validator, which
 * reports it as a warning: the IAM API is reported to accept a missing final `;` (facts §3.1,
 * COMMUNITY), but text without it breaks as soon as another statement is appended, and
 * `formatPolicy` / `formatBoundary` always write it.
 */
import type { Condition, IamDiagnostic, Span, Statement } from '../types';
import { spanDiagnostic } from '../span-diagnostic';

export const MISSING_SEMICOLON = 'iam/parse/missing-semicolon';

function endOf(span: Span): Span {
  return { line: span.endLine, column: span.endColumn, endLine: span.endLine, endColumn: span.endColumn, offset: span.endOffset, endOffset: span.endOffset };
}

/** A statement without `;` (only the last one parses that way): a warning at its end. */
export function checkStatementSemicolons(statements: readonly Statement[], out: IamDiagnostic[]): void {
  for (const s of statements) {
    // the statement's source ends at its `;` when it has one; a value cannot end in `;` outside quotes
    if (s.source.endsWith(';')) continue;
    out.push(spanDiagnostic(MISSING_SEMICOLON, 'missing `;` at the end of the statement', endOf(s.span), { severity: 'warning', help: 'end each statement with `;`' }));
  }
}

/** A boundary line whose condition is not followed by `;` on the same line: a warning at its end. */
export function checkBoundarySemicolons(text: string, conditions: readonly Condition[], out: IamDiagnostic[]): void {
  for (const c of conditions) {
    let i = c.span.endOffset;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === ';') continue;
    out.push(spanDiagnostic(MISSING_SEMICOLON, 'missing `;` at the end of the boundary condition', endOf(c.span), { severity: 'warning', help: 'end each boundary line with `;`' }));
  }
}
