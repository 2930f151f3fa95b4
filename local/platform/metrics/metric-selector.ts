/**
 * The part of the metric selector language that `GET /metrics` uses to pick metrics by key
 * (environment API v2, `metricSelector`): keys separated by commas, a family by a trailing `*`
 * (`builtin:host.*`), siblings in parentheses (`builtin:host.cpu.(idle,user)`), and quoted keys
 * (`"ext:a b ~"x~""`, `~` escapes `"` and `~`). Transformations (`:avg`, `:splitBy(…)`) are not
 * emulated and refused, so a client never gets a silently different list.
 */
import { errors } from '../errors';

export type KeyMatcher = (metricId: string) => boolean;

/** Splits at top-level commas (outside quotes and parentheses). */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quoted) {
      if (c === '~') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw invalid(selector, 'unbalanced parentheses');
  }
  if (quoted || depth !== 0) throw invalid(selector, quoted ? 'unterminated quote' : 'unbalanced parentheses');
  parts.push(selector.slice(start));
  return parts.map((p) => p.trim());
}

function invalid(selector: string, why: string) {
  return errors.invalidQuery('metricSelector', `The metric selector '${selector}' is invalid: ${why}`);
}

function unquote(item: string, selector: string): string {
  let out = '';
  for (let i = 1; i < item.length - 1; i++) {
    const c = item[i]!;
    if (c === '~') {
      const next = item[++i];
      if (next !== '"' && next !== '~') throw invalid(selector, 'only `"` and `~` may follow `~` in a quoted key');
      out += next;
    } else out += c;
  }
  return out;
}

const PLAIN = /^[A-Za-z0-9_.:-]+$/;

function matcherOf(item: string, selector: string): KeyMatcher {
  if (item === '') throw invalid(selector, 'an empty key');
  if (item.startsWith('"')) {
    if (!item.endsWith('"') || item.length < 2) throw invalid(selector, 'unterminated quote');
    const key = unquote(item, selector);
    return (id) => id === key;
  }
  const group = /^([A-Za-z0-9_.:-]*)\(([^()]*)\)$/.exec(item);
  if (group) {
    const names = group[2]!.split(',').map((s) => s.trim());
    if (names.some((n) => !PLAIN.test(n))) throw invalid(selector, 'a group holds plain key parts only');
    const keys = new Set(names.map((n) => `${group[1]}${n}`));
    return (id) => keys.has(id);
  }
  if (item.includes(':') && /:[a-z]/.test(item.slice(item.indexOf(':') + 1))) {
    throw invalid(selector, 'transformations are not supported by the local platform');
  }
  if (item.endsWith('*')) {
    const prefix = item.slice(0, -1);
    if (!PLAIN.test(`${prefix}x`)) throw invalid(selector, `\`${item}\` is not a key family`);
    return (id) => id.startsWith(prefix);
  }
  if (!PLAIN.test(item)) throw invalid(selector, `\`${item}\` must be quoted`);
  return (id) => id === item;
}

/** A predicate for the metric keys the selector names. */
export function parseMetricSelector(selector: string): KeyMatcher {
  const matchers = splitTopLevel(selector).map((item) => matcherOf(item, selector));
  return (id) => matchers.some((m) => m(id));
}
