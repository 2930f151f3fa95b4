/**
 * Tokenizer of the IAM statement language. One linear pass, never throws: problems become
 * diagnostics and the offending characters become `bad` tokens so the parser can recover.
 * Strings have no escape sequences (Dynatrace documents none) and end at the line end.
 */
import type { IamDiagnostic, Span } from '../types';
import { spanDiagnostic } from '../span-diagnostic';

/** The parser adds its own diagnostics up to the overall cap of 100 (see cursor.ts). */
const LEX_MAX_DIAGNOSTICS = 100;

export type TokenKind = 'word' | 'string' | 'op' | 'punct' | 'comment' | 'bad';

export interface Token {
  kind: TokenKind;
  /** Word/op/punct text; string content without quotes; comment text without `//`. */
  text: string;
  quote?: '"' | "'";
  span: Span;
}

export interface LexResult {
  tokens: Token[];
  comments: Token[];
  diagnostics: IamDiagnostic[];
}

const WORD = new Uint8Array(128);
// eslint-disable-next-line noSecrets/no-secrets -- the identifier alphabet, not a secret
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-*@#+') WORD[c.charCodeAt(0)] = 1;

export function isWordChar(code: number): boolean {
  return code < 128 && WORD[code] === 1;
}

export function tokenize(src: string): LexResult {
  const tokens: Token[] = [];
  const comments: Token[] = [];
  const diagnostics: IamDiagnostic[] = [];
  const n = src.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const span = (start: number, end: number, startLine: number, startLineStart: number): Span => ({
    line: startLine,
    column: start - startLineStart + 1,
    endLine: line,
    endColumn: end - lineStart + 1,
    offset: start,
    endOffset: end,
  });
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 10) { i++; line++; lineStart = i; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) { i++; continue; }
    const start = i;
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      let j = i + 2;
      while (j < n && src.charCodeAt(j) !== 10) j++;
      i = j;
      comments.push({ kind: 'comment', text: src.slice(start + 2, j).replace(/\r$/, ''), span: span(start, j, line, lineStart) });
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(src.charCodeAt(j))) j++;
      i = j;
      tokens.push({ kind: 'word', text: src.slice(start, j), span: span(start, j, line, lineStart) });
      continue;
    }
    if (c === 34 || c === 39) {
      let j = i + 1;
      while (j < n && src.charCodeAt(j) !== c && src.charCodeAt(j) !== 10) j++;
      if (j < n && src.charCodeAt(j) === c) {
        i = j + 1;
        tokens.push({ kind: 'string', text: src.slice(start + 1, j), quote: c === 34 ? '"' : "'", span: span(start, i, line, lineStart) });
      } else {
        i = j;
        const q = String.fromCharCode(c);
        const s = span(start, start + 1, line, lineStart);
        if (diagnostics.length < LEX_MAX_DIAGNOSTICS) {
          diagnostics.push(spanDiagnostic('iam/parse/unterminated-string', `unterminated string: missing closing \`${q}\``, s,
            { help: `close the value with \`${q}\` on the same line, or remove the stray \`${q}\`` }));
        }
        tokens.push({ kind: 'bad', text: src.slice(start, j), span: span(start, j, line, lineStart) });
      }
      continue;
    }
    if (c === 61 || c === 60 || c === 62) {
      i++;
      tokens.push({ kind: 'op', text: src[start] as string, span: span(start, i, line, lineStart) });
      continue;
    }
    if (c === 33 && src.charCodeAt(i + 1) === 61) {
      i += 2;
      tokens.push({ kind: 'op', text: '!=', span: span(start, i, line, lineStart) });
      continue;
    }
    if (c === 40 || c === 41 || c === 44 || c === 59) {
      i++;
      tokens.push({ kind: 'punct', text: src[start] as string, span: span(start, i, line, lineStart) });
      continue;
    }
    // Unknown characters: one token and one diagnostic per run.
    let j = i + 1;
    while (j < n) {
      const d = src.charCodeAt(j);
      if (d === 10 || d === 32 || d === 9 || d === 13 || isWordChar(d) || d === 34 || d === 39 || d === 59 || d === 44 || d === 40 || d === 41 || d === 61 || d === 60 || d === 62) break;
      if ((d === 47 && src.charCodeAt(j + 1) === 47) || (d === 33 && src.charCodeAt(j + 1) === 61)) break;
      j++;
    }
    i = j;
    const text = src.slice(start, j);
    const s = span(start, j, line, lineStart);
    if (diagnostics.length < LEX_MAX_DIAGNOSTICS) {
      diagnostics.push(spanDiagnostic('iam/parse/unexpected-character', `unexpected character \`${printable(text)}\``, s, { help: 'values must be quoted; comments start with `//`' }));
    }
    tokens.push({ kind: 'bad', text, span: s });
  }
  return { tokens, comments, diagnostics };
}

/** Shortens and escapes user text for messages (no line breaks in messages). */
export function printable(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // eslint-disable-next-line no-control-regex -- control characters are escaped for display
  return t.replace(/[\u0000-\u001f\u007f`]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
