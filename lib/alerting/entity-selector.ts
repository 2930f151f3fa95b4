/**
 * A small scanner for Dynatrace entity selectors that finds the management zones an SLO's
 * `filter` names: `mzId(123)` and `mzName("Name")`.
 *
 * Why a scanner and not a regex: values may be quoted and contain `(`, `)`, `,` and escaped
 * quotes (`~"`, `~~` — the tilde is the entity-selector escape character), and only top-level
 * criteria scope the selection: `mzId` inside `not(...)` or inside a relationship
 * (`fromRelationships.runsOn(mzId(1))`) does not restrict the SLO's own entities, so those are
 * reported as `nestedZoneCriteria` and not as zones. Multiple top-level zone criteria are ANDed
 * by Dynatrace (entities must be in all of them).
 *
 * Single pass, O(n), never throws; malformed input sets `malformed` so callers can fail closed.
 */

export interface SelectorZones {
  /** Values of top-level `mzId(...)`, in order, deduplicated (trimmed, unquoted). */
  ids: string[];
  /** Values of top-level `mzName(...)`, in order, deduplicated (unescaped). */
  names: string[];
  /** An `mzId`/`mzName` appears below the top level (inside `not(...)` or a relationship). */
  nestedZoneCriteria: boolean;
  /** Unbalanced parentheses, an unterminated string or an empty zone criterion. */
  malformed: boolean;
}

/** `[A-Za-z0-9_.]`, by char code: the scanner asks for every character of every listed SLO. */
function isIdent(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Reads a quoted string starting at the opening quote; returns [value, indexAfterClosingQuote] or null. */
function readQuoted(s: string, start: number): [string, number] | null {
  let out = '';
  let i = start + 1;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '~' && i + 1 < s.length) { out += s[i + 1]; i += 2; continue; }
    if (c === '"') return [out, i + 1];
    out += c;
    i++;
  }
  return null;
}

/** Parses the argument of a zone criterion starting after `(`; returns [value, indexAfter')'] or null. */
function readCriterionValue(s: string, start: number): [string, number] | null {
  let i = start;
  while (isWs(s[i])) i++;
  if (s[i] === '"') {
    const q = readQuoted(s, i);
    if (!q) return null;
    i = q[1];
    while (isWs(s[i])) i++;
    return s[i] === ')' ? [q[0], i + 1] : null;
  }
  let out = '';
  while (i < s.length) {
    const c = s[i]!;
    if (c === '~' && i + 1 < s.length) { out += s[i + 1]; i += 2; continue; }
    if (c === ')') return [out.trim(), i + 1];
    if (c === '(' || c === '"') return null;
    out += c;
    i++;
  }
  return null;
}

export function scanEntitySelector(selector: unknown): SelectorZones {
  const result: SelectorZones = { ids: [], names: [], nestedZoneCriteria: false, malformed: false };
  if (typeof selector !== 'string') return result;
  const s = selector;
  const ids = new Set<string>();
  const names = new Set<string>();
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"') {
      const q = readQuoted(s, i);
      if (!q) { result.malformed = true; break; }
      i = q[1];
    } else if (c === '~') {
      i += 2;
    } else if (c === '(') {
      depth++; i++;
    } else if (c === ')') {
      if (depth === 0) result.malformed = true; else depth--;
      i++;
    } else if (isIdent(s.charCodeAt(i))) {
      let j = i;
      while (j < s.length && isIdent(s.charCodeAt(j))) j++;
      const key = s.slice(i, j).toLowerCase();
      let k = j;
      while (isWs(s[k])) k++;
      if (s[k] === '(' && (key === 'mzid' || key === 'mzname')) {
        if (depth > 0) {
          result.nestedZoneCriteria = true;
          i = j; // let the generic loop track the nested parentheses
          continue;
        }
        const v = readCriterionValue(s, k + 1);
        if (!v || v[0] === '') { result.malformed = true; i = k + 1; depth++; continue; }
        (key === 'mzid' ? ids : names).add(v[0]);
        i = v[1];
      } else {
        i = j;
      }
    } else {
      i++;
    }
  }
  if (depth !== 0) result.malformed = true;
  result.ids = [...ids];
  result.names = [...names];
  return result;
}

/** Quotes a management-zone name for an entity selector (`~` escapes `"` and `~`). */
export function quoteSelectorValue(value: string): string {
  return `"${value.replace(/[~"]/g, (m) => `~${m}`)}"`;
}
