/**
 * The subset of Go's text/template that Monaco settings templates use, and nothing more:
 * `{{ .param }}` (a parameter of the config), string constants (`{{`{{`}}`, `{{"{"}}` — how
 * Monaco's download writes literal braces), comments (`{{/* … *\/}}`) and the trim markers
 * `{{- ` / ` -}}`. Anything else (pipelines, functions, `if`, `range`, nested fields) is refused
 * with its position instead of being guessed at. Like Monaco (`pkg/config/template/renderer.go`)
 * a `{{{` is read as a literal `{` followed by an action, and a missing parameter is an error
 * (`missingkey=error`).
 */

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'parameter'; name: string; offset: number }
  | { kind: 'constant'; text: string };

export interface TemplateProblem {
  code: 'mac/template/unsupported-action' | 'mac/template/unterminated-action' | 'mac/template/unknown-parameter';
  message: string;
  offset: number;
}

export type ParseResult = { ok: true; parts: TemplatePart[] } | { ok: false; problem: TemplateProblem };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SPACE = /[ \t\r\n]/;

/** Reads a Go interpreted string literal starting at the opening quote; [value, index after] or null. */
function readQuoted(s: string, start: number): [string, number] | null {
  let out = '';
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') return [out, i + 1];
    if (c === '\n') return null;
    if (c !== '\\') { out += c; continue; }
    const e = s[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) { out += simple[e]; continue; }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = s.slice(i + 1, i + 1 + hexLen);
    if (hexLen === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLen) return null;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) return null;
    out += String.fromCodePoint(cp);
    i += hexLen;
  }
  return null;
}

/** Parses one action's inside (between the delimiters, trim markers removed). */
function parseAction(inner: string, offset: number): TemplatePart | null | TemplateProblem {
  const body = inner.trim();
  if (body.startsWith('/*') && body.endsWith('*/') && body.length >= 4) return null;
  if (body.startsWith('.') && IDENT.test(body.slice(1))) return { kind: 'parameter', name: body.slice(1), offset };
  if (body.startsWith('`') && body.endsWith('`') && body.length >= 2 && !body.slice(1, -1).includes('`')) {
    return { kind: 'constant', text: body.slice(1, -1) };
  }
  if (body.startsWith('"')) {
    const q = readQuoted(body, 0);
    if (q && q[1] === body.length) return { kind: 'constant', text: q[0] };
  }
  const shown = body.length > 40 ? `${body.slice(0, 39)}…` : body;
  return {
    code: 'mac/template/unsupported-action', offset,
    message: `the template action \`{{ ${shown.replace(/`/g, "'")} }}\` is not supported: only \`{{ .parameter }}\` and string constants are`,
  };
}

/** Finds the end of an action starting after `{{`, skipping string literals; index of `}}` or -1. */
function actionEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '`') { const j = s.indexOf('`', i + 1); if (j < 0) return -1; i = j; continue; }
    if (c === '"') { const q = readQuoted(s, i); if (!q) return -1; i = q[1] - 1; continue; }
    if (c === '}' && s[i + 1] === '}') return i;
  }
  return -1;
}

export function parseTemplate(source: string): ParseResult {
  const s = source.split('{{{').join('{{"{"}}{{');
  const parts: TemplatePart[] = [];
  let i = 0;
  let trimNext = false;
  while (i < s.length) {
    const open = s.indexOf('{{', i);
    let text = s.slice(i, open < 0 ? s.length : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    trimNext = false;
    if (open < 0) { if (text) parts.push({ kind: 'text', text }); break; }
    let start = open + 2;
    if (s[start] === '-' && SPACE.test(s[start + 1] ?? '')) { text = text.replace(/[ \t\r\n]+$/, ''); start += 2; }
    if (text) parts.push({ kind: 'text', text });
    const close = actionEnd(s, start);
    if (close < 0) return { ok: false, problem: { code: 'mac/template/unterminated-action', offset: open, message: 'a `{{` has no matching `}}`' } };
    let inner = s.slice(start, close);
    if (inner.endsWith('-') && SPACE.test(inner[inner.length - 2] ?? '')) { inner = inner.slice(0, -1); trimNext = true; }
    const part = parseAction(inner, offsetInSource(source, s, open));
    if (part !== null) {
      if ('code' in part) return { ok: false, problem: part };
      parts.push(part);
    }
    i = close + 2;
  }
  return { ok: true, parts };
}

/** Maps an offset of the `{{{`-rewritten text back to the source (each rewrite adds 6 characters). */
function offsetInSource(source: string, rewritten: string, offset: number): number {
  if (source === rewritten) return offset;
  const before = rewritten.slice(0, offset).split('{{"{"}}{{').length - 1;
  return Math.max(0, offset - before * 6);
}

/** The names of the parameters a template uses. */
export function templateParameters(parts: readonly TemplatePart[]): string[] {
  return [...new Set(parts.flatMap((p) => (p.kind === 'parameter' ? [p.name] : [])))];
}

/** Renders parsed parts with already-formatted parameter texts; the first missing parameter is a problem. */
export function renderTemplate(parts: readonly TemplatePart[], values: ReadonlyMap<string, string>): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'parameter') {
      const v = values.get(p.name);
      if (v === undefined) {
        return { ok: false, problem: { code: 'mac/template/unknown-parameter', offset: p.offset, message: `the template uses \`.${p.name}\`, which is not a parameter of this config` } };
      }
      out += v;
    } else {
      out += p.text;
    }
  }
  return { ok: true, text: out };
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
