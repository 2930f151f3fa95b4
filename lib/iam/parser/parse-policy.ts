/**
 * Parser of policy statements:
 * `ALLOW|DENY perm[, perm…] [WHERE null | WHERE cond [AND cond…]] [;]`.
 * Collects every error with its location (stable `iam/parse/*` codes), recovers at `;` or at the
 * next `ALLOW`/`DENY`, never throws, runs in linear time. A statement with an error is left out
 * of the AST so that later stages do not report follow-up problems.
 */
import type { Condition, IamDiagnostic, Effect, PermissionRef, Policy, Span, Statement } from '../types';
import { tokenize, type Token } from './lexer';
import { Cursor, joinSpan, keywordOf } from './cursor';

export interface ParsePolicyResult {
  policy: Policy;
  diagnostics: IamDiagnostic[];
}

export function endSpanOf(src: string): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  const col = src.length - lineStart + 1;
  return { line, column: col, endLine: line, endColumn: col, offset: src.length, endOffset: src.length };
}

export function parsePolicy(text: string): ParsePolicyResult {
  const src = typeof text === 'string' ? text : '';
  const lex = tokenize(src);
  const diagnostics = lex.diagnostics;
  const c = new Cursor(lex.tokens, diagnostics, endSpanOf(src));
  const statements: Statement[] = [];
  while (!c.atEnd()) {
    const t = c.peek() as Token;
    const kw = keywordOf(t);
    if (kw === 'ALLOW' || kw === 'DENY') {
      const s = statement(c, src);
      if (s) statements.push(s);
      continue;
    }
    if (c.isPunct(';', t)) { c.next(); continue; }
    c.unexpected('`ALLOW` or `DENY`', 'a statement starts with `ALLOW` or `DENY`');
    c.next();
    c.sync();
  }
  diagnostics.sort((a, b) => a.location.offset - b.location.offset);
  const policy: Policy = { statements, trailingComments: [] };
  attachComments(policy, lex.comments, src);
  return { policy, diagnostics };
}

function statement(c: Cursor, src: string): Statement | undefined {
  const effTok = c.next() as Token;
  const effect = keywordOf(effTok) as Effect;
  const errorsBefore = c.diagnostics.length;
  const permissions: PermissionRef[] = [];
  for (;;) {
    const t = c.peek();
    if (t?.kind === 'word' && !keywordOf(t)) {
      c.next();
      permissions.push({ name: t.text, span: t.span });
      if (c.isPunct(',')) { c.next(); continue; }
      break;
    }
    const kw = keywordOf(t);
    if (permissions.length === 0 && (t === undefined || kw === 'ALLOW' || kw === 'DENY' || kw === 'WHERE' || c.isPunct(';', t))) {
      c.error('iam/parse/missing-permission', `\`${effTok.text}\` has no permissions`, effTok.span, `add a permission such as \`settings:objects:read\` after \`${effTok.text}\`, or remove it`);
      if (c.isPunct(';', t) || kw === 'WHERE') c.sync();
      return undefined;
    }
    c.unexpected('a permission such as `settings:objects:read`');
    c.sync();
    return undefined;
  }
  let conditions: Condition[] = [];
  let whereNull = false;
  if (keywordOf(c.peek()) === 'WHERE') {
    c.next();
    if (keywordOf(c.peek()) === 'NULL') {
      c.next();
      whereNull = true;
    } else {
      const conds = conditionList(c);
      if (!conds) { c.sync(); return undefined; }
      conditions = conds;
    }
  }
  const last = c.tokens[c.pos - 1] as Token;
  const t = c.peek();
  let end: Span = last.span;
  if (c.isPunct(';', t) && t) {
    c.next();
    end = t.span;
  } else if (t !== undefined) {
    const kw = keywordOf(t);
    if (kw === 'ALLOW' || kw === 'DENY') {
      c.error('iam/parse/missing-semicolon', 'missing `;` at the end of the statement', { ...last.span, line: last.span.endLine, column: last.span.endColumn, offset: last.span.endOffset }, 'end each statement with `;`');
    } else if (kw === 'OR') {
      c.error('iam/parse/unsupported-or', '`OR` is not supported in policy statements', t.span, 'use `IN ("a", "b")` or write a separate statement');
      c.sync();
    } else if (kw === 'WHERE') {
      c.error('iam/parse/unexpected-token', 'expected `;`, found a second `WHERE`', t.span, 'join the conditions with `AND`');
      c.sync();
    } else {
      c.unexpected(conditions.length || whereNull ? '`AND` or `;`' : '`,`, `WHERE` or `;`');
      c.sync();
    }
  }
  if (c.diagnostics.length !== errorsBefore) return undefined;
  const span = joinSpan(effTok.span, end);
  return {
    effect,
    permissions,
    conditions,
    whereNull,
    leadingComments: [],
    blankLineBefore: false,
    span,
    source: src.slice(span.offset, span.endOffset),
  };
}

function conditionList(c: Cursor): Condition[] | undefined {
  const out: Condition[] = [];
  for (;;) {
    const cond = c.condition();
    if (!cond) return undefined;
    out.push(cond);
    const kw = keywordOf(c.peek());
    if (kw === 'AND') { c.next(); continue; }
    if (kw === 'OR') {
      const t = c.peek() as Token;
      c.error('iam/parse/unsupported-or', '`OR` is not supported in policy statements', t.span, 'use `IN ("a", "b")` or write a separate statement');
      return undefined;
    }
    return out;
  }
}

/** Attaches `//` comments: inside a statement → leading; after it on its last line → trailing. */
function attachComments(policy: Policy, comments: Token[], src: string): void {
  const st = policy.statements;
  const startOf: number[] = st.map((s) => s.span.offset);
  const endOf: number[] = st.map((s) => s.span.endOffset);
  let si = 0;
  let pending: string[] = [];
  let pendingStart = -1;
  const flush = (): void => {
    const s = st[si] as Statement;
    s.leadingComments = pending;
    if (pendingStart >= 0 && pendingStart < (startOf[si] as number)) startOf[si] = pendingStart;
    pending = [];
    pendingStart = -1;
    si++;
  };
  for (const cm of comments) {
    const off = cm.span.offset;
    while (si < st.length && (st[si] as Statement).span.endOffset <= off) flush();
    const prev = st[si - 1];
    const cur = st[si];
    if (!(cur && cur.span.offset < off) && prev && prev.trailingComment === undefined && prev.span.endLine === cm.span.line && pending.length === 0) {
      prev.trailingComment = cm.text;
      endOf[si - 1] = cm.span.endOffset;
      continue;
    }
    if (pending.length === 0) pendingStart = off;
    pending.push(cm.text);
  }
  while (si < st.length) flush();
  policy.trailingComments = pending;
  for (let k = 1; k < st.length; k++) {
    (st[k] as Statement).blankLineBefore = /\n[ \t\r]*\n/.test(src.slice(endOf[k - 1], startOf[k]));
  }
}
