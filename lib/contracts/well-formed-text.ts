/**
 * Unpaired UTF-16 surrogates — half of a character such as an emoji, left by a script that cut a
 * string at a fixed length. JavaScript strings can hold them, UTF-8 cannot, and the AppEngine
 * runtime answers HTTP 540 ("Failed to serialize result to JSON") for a function result that
 * contains one. So requests refuse them (`input/invalid-unicode` with the JSON path), and every
 * answer replaces them with U+FFFD on the way out, because what the platform already holds
 * (objects written by other tools, old history revisions) is not ours to refuse.
 *
 * Both walks are iterative: a hostile or merely deep value cannot overflow the stack.
 */
import type * as z from 'zod';
import type { DiagnosticCode } from '../codes';

// With the `u` flag a well-formed pair is one code point and does not match; only a lone half does.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

export const INVALID_UNICODE_CODE = 'input/invalid-unicode' satisfies DiagnosticCode;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** `text` with every unpaired surrogate replaced by U+FFFD (what `String#toWellFormed` does). */
export function toWellFormedText(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** A path as a parent chain: building arrays per node would cost O(depth²) on deep values. */
type PathNode = { key: string | number; parent: PathNode | undefined } | undefined;
function pathOf(node: PathNode): Array<string | number> {
  const out: Array<string | number> = [];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

/** Value paths (keys and strings) that hold an unpaired surrogate, at most `limit` of them. */
export function illFormedTextPaths(value: unknown, limit = 20): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  const stack: Array<[unknown, PathNode]> = [[value, undefined]];
  while (stack.length > 0 && found.length < limit) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) found.push(pathOf(path));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], { key: i, parent: path }]);
    } else if (isContainer(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        // the path names the key as it will be shown, so the diagnostic itself stays well-formed
        if (LONE_SURROGATE.test(key)) found.push(pathOf({ key: toWellFormedText(key), parent: path }));
        else stack.push([(v as Record<string, unknown>)[key], { key, parent: path }]);
      }
    }
  }
  return found;
}

/**
 * A request schema that also refuses unpaired surrogates in any key or string it carries, each
 * reported at its path with `input/invalid-unicode` (the runner turns `params.code` into the
 * diagnostic's code).
 */
export function refusingIllFormedText<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((data, ctx) => {
    for (const path of illFormedTextPaths(data)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'text holds an unpaired utf-16 surrogate (half of a character such as an emoji)',
        params: { code: INVALID_UNICODE_CODE, help: 'remove the broken character or type it again' },
      });
    }
  });
}

function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (!isContainer(value)) return false;
  // strings are tested where they are met, only containers go on the stack: a listing page has
  // ~15,000 nodes and this walk runs on every answer
  const stack: Container[] = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'string') {
          if (LONE_SURROGATE.test(item)) return true;
        } else if (isContainer(item)) stack.push(item);
      }
    } else {
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (LONE_SURROGATE.test(key)) return true;
        const item = (v)[key];
        if (typeof item === 'string') {
          if (LONE_SURROGATE.test(item)) return true;
        } else if (isContainer(item)) stack.push(item);
      }
    }
  }
  return false;
}

/**
 * `value` safe to serialize as UTF-8 JSON: the value itself when it holds no unpaired surrogate
 * (one read-only walk, the common case), else a copy with each one replaced by U+FFFD, in strings
 * and keys alike. Only arrays and plain objects are copied; answers are JSON trees.
 */
export function toWellFormedAnswer<T>(value: T): T {
  if (!holdsLoneSurrogate(value)) return value;
  const copyOf = (v: unknown): unknown => (Array.isArray(v) ? new Array<unknown>(v.length) : isContainer(v) ? {} : toWellFormedLeaf(v));
  const root = copyOf(value);
  const stack: Array<[Container, Container]> = isContainer(value) ? [[value, root as Container]] : [];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const entries: Array<[string | number, unknown]> = Array.isArray(from) ? from.map((v, i) => [i, v]) : Object.entries(from);
    for (const [key, v] of entries) {
      const copy = copyOf(v);
      // defineProperty, not assignment: a `__proto__` key from JSON stays a key
      Object.defineProperty(to, typeof key === 'string' ? toWellFormedText(key) : key, { value: copy, enumerable: true, writable: true, configurable: true });
      if (isContainer(v)) stack.push([v, copy as Container]);
    }
  }
  return root as T;
}

function toWellFormedLeaf(v: unknown): unknown {
  return typeof v === 'string' ? toWellFormedText(v) : v;
}
