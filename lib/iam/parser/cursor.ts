/**
 * Token cursor shared by the policy and boundary parsers, plus the condition grammar they have in
 * common: `<name> <operator> <value>` where the value is a quoted string or a `( … )` list.
 */
import type { IamCode } from '../codes';
import { spanDiagnostic } from '../span-diagnostic';
import type { Condition, IamDiagnostic, Operator, Span, Value } from '../types';
import { printable, type Token } from './lexer';
import { valueParts } from './values';

export const MAX_DIAGNOSTICS = 100;

const KEYWORDS = new Set(['ALLOW', 'DENY', 'WHERE', 'AND', 'OR', 'IN', 'NOT', 'STARTSWITH', 'MATCH', 'NULL']);

export function keywordOf(t: Token | undefined): string | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const up = t.text.toUpperCase();
  return KEYWORDS.has(up) ? up : undefined;
}

export function describe(t: Token | undefined): string {
  if (!t) return 'end of input';
  if (t.kind === 'string') return `\`${t.quote}${printable(t.text)}${t.quote}\``;
  return `\`${printable(t.text)}\``;
}

export function joinSpan(a: Span, b: Span): Span {
  return { line: a.line, column: a.column, offset: a.offset, endLine: b.endLine, endColumn: b.endColumn, endOffset: b.endOffset };
}

export class Cursor {
  pos = 0;
  constructor(
    readonly tokens: Token[],
    readonly diagnostics: IamDiagnostic[],
    readonly endSpan: Span,
  ) {}

  peek(k = 0): Token | undefined {
    return this.tokens[this.pos + k];
  }
  next(): Token | undefined {
    return this.tokens[this.pos++];
  }
  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }
  spanOf(t: Token | undefined): Span {
    return t ? t.span : this.endSpan;
  }
  isPunct(text: string, t = this.peek()): boolean {
    return t !== undefined && t.kind === 'punct' && t.text === text;
  }
  error(code: IamCode, message: string, span: Span, help?: string): void {
    if (this.diagnostics.length > MAX_DIAGNOSTICS) return;
    if (this.diagnostics.length === MAX_DIAGNOSTICS) {
      this.diagnostics.push(spanDiagnostic('iam/parse/too-many-errors', 'too many errors, stopped reporting', span));
      return;
    }
    this.diagnostics.push(spanDiagnostic(code, message, span, { help }));
  }
  /** Reports an unexpected token unless the lexer already reported it. */
  unexpected(expected: string, help?: string): void {
    const t = this.peek();
    if (t?.kind === 'bad') return;
    this.error('iam/parse/unexpected-token', `expected ${expected}, found ${describe(t)}`, this.spanOf(t), help);
  }

  /** Parses `<name> <operator> <value>`; returns undefined after reporting an error. */
  condition(): Condition | undefined {
    const nameTok = this.peek();
    if (!nameTok || nameTok.kind !== 'word' || keywordOf(nameTok)) {
      this.unexpected('a condition name such as `settings:schemaId`');
      return undefined;
    }
    this.next();
    const opStart = this.peek();
    const operator = this.operator(nameTok.text);
    if (!operator) return undefined;
    const operatorSpan = joinSpan(this.spanOf(opStart), this.spanOf(this.tokens[this.pos - 1]));
    const v = this.value(operator);
    if (!v) return undefined;
    return { name: nameTok.text, operator, values: v.values, list: v.list, span: joinSpan(nameTok.span, v.span), nameSpan: nameTok.span, operatorSpan };
  }

  private operator(name: string): Operator | undefined {
    const t = this.peek();
    if (t?.kind === 'op') {
      this.next();
      return t.text as Operator;
    }
    const kw = keywordOf(t);
    if (kw === 'IN') { this.next(); return 'IN'; }
    if (kw === 'STARTSWITH') { this.next(); return 'startsWith'; }
    if (kw === 'MATCH') { this.next(); return 'MATCH'; }
    if (kw === 'NOT') {
      const k2 = keywordOf(this.peek(1));
      if (k2 === 'IN') { this.pos += 2; return 'NOT IN'; }
      if (k2 === 'STARTSWITH') { this.pos += 2; return 'NOT startsWith'; }
      this.next();
      this.unexpected('`IN` or `startsWith` after `NOT`');
      return undefined;
    }
    this.unexpected(`an operator after \`${printable(name)}\``, 'use one of `=`, `!=`, `<`, `>`, `IN`, `NOT IN`, `startsWith`, `NOT startsWith`, `MATCH`');
    return undefined;
  }

  private value(operator: Operator): { values: Value[]; list: boolean; span: Span } | undefined {
    const t = this.peek();
    if (t?.kind === 'string') {
      this.next();
      return { values: [toValue(t)], list: false, span: t.span };
    }
    if (this.isPunct('(', t) && t) {
      this.next();
      const values: Value[] = [];
      for (;;) {
        const v = this.peek();
        if (v?.kind !== 'string') {
          if (values.length === 0 && this.isPunct(')', v)) {
            this.error('iam/parse/empty-list', 'empty value list', joinSpan(t.span, this.spanOf(v)), 'put at least one quoted value between the parentheses');
          } else {
            this.unexpected('a quoted value', 'values are written in single or double quotes');
          }
          return undefined;
        }
        this.next();
        values.push(toValue(v));
        if (this.isPunct(',')) { this.next(); continue; }
        if (this.isPunct(')')) {
          const close = this.next() as Token;
          return { values, list: true, span: joinSpan(t.span, close.span) };
        }
        this.unexpected('`,` or `)` in the value list');
        return undefined;
      }
    }
    const list = operator === 'IN' || operator === 'NOT IN' || operator === 'MATCH';
    this.unexpected(list ? 'a value list such as `("a", "b")`' : 'a quoted value', 'values are written in single or double quotes');
    return undefined;
  }

  /** Skips to just after the next `;` or to the next `ALLOW`/`DENY`, whichever comes first. */
  sync(): void {
    while (!this.atEnd()) {
      const t = this.peek();
      if (this.isPunct(';', t)) { this.next(); return; }
      const kw = keywordOf(t);
      if (kw === 'ALLOW' || kw === 'DENY') return;
      this.next();
    }
  }
}

function toValue(t: Token): Value {
  return { raw: t.text, quote: t.quote ?? '"', parts: valueParts(t.text), span: t.span };
}
