/**
 * The platform filter syntax (facts §2.3): `and` / `or` / `not`, parentheses (`and` binds
 * tighter than `or`), `=`, `!=`, `contains`, `starts-with`, `ends-with`, `in(...)`, `<`, `<=`,
 * `>`, `>=`, single-quoted strings with `\` escapes, numbers, `true`/`false`. Max nesting depth
 * 5, max length 1024. The parser never throws anything but `FilterError`; values never become
 * syntax (a quote inside a string literal is data), so a filter cannot be injected into.
 */

export class FilterError extends Error {}

export type Literal = string | number | boolean;
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'starts-with' | 'ends-with';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; field: string; op: CompareOp; value: Literal }
  | { kind: 'in'; field: string; values: Literal[] };

export const MAX_FILTER_LENGTH = 1024;
export const MAX_FILTER_DEPTH = 5;

type Token =
  | { t: 'str'; v: string; pos: number }
  | { t: 'num'; v: number; pos: number }
  | { t: 'word'; v: string; pos: number }
  | { t: 'op'; v: string; pos: number }
  | { t: 'punct'; v: '(' | ')' | ','; pos: number };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: 'punct', v: c, pos: i++ });
    } else if (c === "'") {
      const start = i++;
      let s = '';
      for (;;) {
        if (i >= src.length) throw new FilterError(`unterminated string starting at position ${start}`);
        const d = src[i]!;
        if (d === '\\') {
          if (i + 1 >= src.length) throw new FilterError(`dangling escape at position ${i}`);
          s += src[i + 1];
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          s += d;
          i++;
        }
      }
      out.push({ t: 'str', v: s, pos: start });
    } else if (/[-0-9]/.test(c) && /^-?\d/.test(src.slice(i, i + 2))) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]), pos: i });
      i += m[0].length;
    } else if (c === '!' || c === '=' || c === '<' || c === '>') {
      const two = src.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two, pos: i });
        i += 2;
      } else if (c === '!') {
        throw new FilterError(`unexpected character '!' at position ${i}`);
      } else {
        out.push({ t: 'op', v: c, pos: i++ });
      }
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(src.slice(i))!;
      out.push({ t: 'word', v: m[0], pos: i });
      i += m[0].length;
    } else {
      throw new FilterError(`unexpected character '${c}' at position ${i}`);
    }
  }
  return out;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'contains', 'starts-with', 'ends-with', 'true', 'false']);

/** Parses a filter; `checkField` throws FilterError for fields that may not be filtered on. */
export function parseFilter(src: string, checkField: (field: string) => void = () => undefined): FilterNode {
  if (src.length > MAX_FILTER_LENGTH) throw new FilterError(`filter is longer than the maximum of ${MAX_FILTER_LENGTH} characters`);
  if (src.trim() === '') throw new FilterError('filter must not be empty');
  const tokens = tokenize(src);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: Token | undefined, w: string) => tok?.t === 'word' && tok.v.toLowerCase() === w;
  const where = (tok: Token | undefined) => (tok ? `at position ${tok.pos}` : 'at end of filter');

  const literal = (): Literal => {
    const tok = tokens[pos++];
    if (tok?.t === 'str' || tok?.t === 'num') return tok.v;
    if (isWord(tok, 'true')) return true;
    if (isWord(tok, 'false')) return false;
    throw new FilterError(`expected a value (quoted string, number, true or false) ${where(tok)}`);
  };

  const comparison = (): FilterNode => {
    const tok = tokens[pos++];
    if (tok?.t !== 'word' || KEYWORDS.has(tok.v.toLowerCase())) throw new FilterError(`expected a field name ${where(tok)}`);
    checkField(tok.v);
    const opTok = tokens[pos++];
    if (opTok?.t === 'op') return { kind: 'cmp', field: tok.v, op: opTok.v as CompareOp, value: literal() };
    if (opTok?.t === 'word') {
      const w = opTok.v.toLowerCase();
      if (w === 'contains' || w === 'starts-with' || w === 'ends-with') {
        const value = literal();
        if (typeof value !== 'string') throw new FilterError(`'${w}' needs a quoted string ${where(opTok)}`);
        return { kind: 'cmp', field: tok.v, op: w, value };
      }
      if (w === 'in') {
        const open = tokens[pos++];
        if (open?.t !== 'punct' || open.v !== '(') throw new FilterError(`expected '(' after 'in' ${where(open)}`);
        const values = [literal()];
        while (peek()?.t === 'punct' && peek()!.v === ',') {
          pos++;
          values.push(literal());
        }
        const close = tokens[pos++];
        if (close?.t !== 'punct' || close.v !== ')') throw new FilterError(`expected ')' to close 'in' ${where(close)}`);
        return { kind: 'in', field: tok.v, values };
      }
    }
    throw new FilterError(`expected an operator after '${tok.v}' ${where(opTok)}`);
  };

  const unary = (): FilterNode => {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos++;
      return { kind: 'not', expr: unary() };
    }
    if (tok?.t === 'punct' && tok.v === '(') {
      pos++;
      if (++depth > MAX_FILTER_DEPTH) throw new FilterError(`filter nesting is deeper than the maximum of ${MAX_FILTER_DEPTH}`);
      const e = or();
      const close = tokens[pos++];
      if (close?.t !== 'punct' || close.v !== ')') throw new FilterError(`expected ')' ${where(close)}`);
      depth--;
      return e;
    }
    return comparison();
  };
  const and = (): FilterNode => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (isWord(peek(), 'or')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  const tree = or();
  if (pos < tokens.length) throw new FilterError(`unexpected '${String(tokens[pos]!.v)}' ${where(tokens[pos])}`);
  return tree;
}

/** Evaluates a parsed filter; `get` returns the field's value (undefined if absent). */
export function matchesFilter(node: FilterNode, get: (field: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, get) && matchesFilter(node.right, get);
    case 'or':
      return matchesFilter(node.left, get) || matchesFilter(node.right, get);
    case 'not':
      return !matchesFilter(node.expr, get);
    case 'in': {
      const v = get(node.field);
      return node.values.some((lit) => equals(v, lit));
    }
    case 'cmp':
      return compare(get(node.field), node.op, node.value);
  }
}

function equals(v: unknown, lit: Literal): boolean {
  if (typeof v === 'number' && typeof lit === 'string') {
    const t = Date.parse(lit); // timestamps compared with ISO dates
    return !Number.isNaN(t) && v === t;
  }
  return v === lit;
}

function compare(v: unknown, op: CompareOp, lit: Literal): boolean {
  switch (op) {
    case '=':
      return equals(v, lit);
    case '!=':
      return !equals(v, lit);
    case 'contains':
      if (Array.isArray(v)) return v.some((x) => typeof x === 'string' && x.toLowerCase() === String(lit).toLowerCase());
      return typeof v === 'string' && v.toLowerCase().includes(String(lit).toLowerCase());
    case 'starts-with':
      return typeof v === 'string' && v.toLowerCase().startsWith(String(lit).toLowerCase());
    case 'ends-with':
      return typeof v === 'string' && v.toLowerCase().endsWith(String(lit).toLowerCase());
    default: {
      const right = typeof lit === 'number' ? lit : typeof lit === 'string' && typeof v === 'number' ? Date.parse(lit) : NaN;
      if (typeof v !== 'number' || Number.isNaN(right)) return false;
      if (op === '<') return v < right;
      if (op === '<=') return v <= right;
      if (op === '>') return v > right;
      return v >= right;
    }
  }
}

/** Reads `a.b.c` from a JSON value. */
export function readPath(root: unknown, dotted: string): unknown {
  let cur = root;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
