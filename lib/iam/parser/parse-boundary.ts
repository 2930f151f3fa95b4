/**
 * Parser of boundary queries: one condition per line (`<name> <operator> <value>;`), no `WHERE`,
 * no `AND`, `//` comments allowed. Same error model as the policy parser.
 */
import type { Boundary, Condition, IamDiagnostic } from '../types';
import { tokenize } from './lexer';
import { Cursor, keywordOf } from './cursor';
import { endSpanOf } from './parse-policy';

export interface ParseBoundaryResult {
  boundary: Boundary;
  diagnostics: IamDiagnostic[];
}

export function parseBoundary(text: string): ParseBoundaryResult {
  const src = typeof text === 'string' ? text : '';
  const lex = tokenize(src);
  const diagnostics = lex.diagnostics;
  const c = new Cursor(lex.tokens, diagnostics, endSpanOf(src));
  const conditions: Condition[] = [];
  while (!c.atEnd()) {
    const t = c.peek();
    if (c.isPunct(';', t)) { c.next(); continue; }
    const kw = keywordOf(t);
    if (kw === 'WHERE' && t) {
      c.error('iam/parse/boundary-where', 'boundaries do not use `WHERE`', t.span, 'write only the condition, e.g. `environment:management-zone = "Team A";`');
      c.next();
      continue;
    }
    if ((kw === 'ALLOW' || kw === 'DENY') && t) {
      c.error('iam/parse/boundary-statement', `a boundary holds conditions, not \`${t.text}\` statements`, t.span, 'write one condition per line, e.g. `environment:management-zone = "Team A";`');
      c.next();
      skipLine(c, t.span.line);
      continue;
    }
    const line = t?.span.line ?? 0;
    const cond = c.condition();
    if (!cond) { skipLine(c, line); continue; }
    const after = c.peek();
    const akw = keywordOf(after);
    if (after && (akw === 'AND' || akw === 'OR')) {
      conditions.push(cond);
      c.error('iam/parse/boundary-and', `boundaries do not support \`${after.text}\``, after.span, 'put each condition on its own line; conditions of one boundary are combined with AND');
      c.next();
      continue;
    }
    if (after && !c.isPunct(';', after) && after.span.line === cond.span.endLine) {
      c.unexpected('`;` or the end of the line', 'a boundary line holds exactly one condition');
      skipLine(c, after.span.line);
    }
    conditions.push(cond);
  }
  diagnostics.sort((a, b) => a.location.offset - b.location.offset);
  return { boundary: { conditions, comments: lex.comments.map((x) => x.text) }, diagnostics };
}

function skipLine(c: Cursor, line: number): void {
  while (!c.atEnd() && (c.peek()?.span.line ?? 0) <= line) {
    const semi = c.isPunct(';');
    c.next();
    if (semi) return;
  }
}
