/**
 * Naming rules with a `pattern` take an admin-written regex that is run against user input on
 * every write, so it must not be able to backtrack catastrophically. We accept only a safe
 * subset: at most 200 characters, no backreferences or lookarounds, no quantified groups, and at
 * most two unbounded quantifiers; the match is anchored and names are capped at 1000 characters.
 * That bounds the work to O(n²) per check.
 */

export const MAX_PATTERN_LENGTH = 200;
export const MAX_NAME_LENGTH = 1000;
const MAX_UNBOUNDED_QUANTIFIERS = 2;
const MAX_BOUNDED_REPEAT = 20;

export type CompiledPattern = { ok: true; test(name: string): boolean } | { ok: false; reason: string };

function unsafeReason(p: string): string | undefined {
  if (p.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let unbounded = 0;
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return 'pattern ends with a lone backslash';
      if (/[1-9k]/.test(n)) return 'backreferences are not allowed';
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(') {
      if (p[i + 1] === '?' && p[i + 2] !== ':') return 'lookarounds and named groups are not allowed';
      i++;
      continue;
    }
    if (c === ')') {
      if (/[*+?{]/.test(p[i + 1] ?? '')) return 'quantified groups are not allowed';
      i++;
      continue;
    }
    if (c === '*' || c === '+') unbounded++;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
      if (m) {
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        if (max > MAX_BOUNDED_REPEAT) unbounded++;
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `at most ${MAX_UNBOUNDED_QUANTIFIERS} unbounded repetitions are allowed`;
  return undefined;
}

/** Compiles a naming pattern for a full (anchored) match, or says why it is refused. */
export function compileNamingPattern(pattern: string): CompiledPattern {
  const reason = unsafeReason(pattern);
  if (reason) return { ok: false, reason };
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return { ok: false, reason: `pattern is not a valid regular expression` };
  }
  return { ok: true, test: (name: string) => name.length <= MAX_NAME_LENGTH && re.test(name) };
}
