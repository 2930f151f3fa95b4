/**
 * Field-level differences between two settings values, as a reviewer reads them: one entry per
 * changed leaf (or per added/removed subtree), lists compared by position (Dynatrace keeps the
 * order it is given, so a reordering is a real change). Secrets never appear: a secret path shows
 * `********` on both sides.
 */
import { MASKED_SECRET } from '../../settings-schemas';
import type { FieldChange } from '../types';
import { isObject, joinPath, jsonEqual } from '../value-path';

function shown(v: unknown, secret: boolean): unknown {
  return secret && v !== undefined && v !== '' && v !== null ? MASKED_SECRET : v;
}

/** Is `path` a secret path or inside one (a removed header that held a secret)? */
function touchesSecret(path: string, secretPaths: ReadonlySet<string>): boolean {
  for (const s of secretPaths) if (s === path || s.startsWith(`${path}/`)) return true;
  return false;
}

function maskSubtree(v: unknown, path: string, secretPaths: ReadonlySet<string>): unknown {
  if (secretPaths.has(path)) return shown(v, true);
  if (Array.isArray(v)) return v.map((x, i) => maskSubtree(x, joinPath(path, i), secretPaths));
  if (isObject(v)) return Object.fromEntries(Object.keys(v).map((k) => [k, maskSubtree(v[k], joinPath(path, k), secretPaths)]));
  return v;
}

export function diffValues(before: unknown, after: unknown, secretPaths: ReadonlySet<string>, path = ''): FieldChange[] {
  if (jsonEqual(before, after)) return [];
  const secret = touchesSecret(path, secretPaths);
  const entry = (kind: FieldChange['kind']): FieldChange[] => {
    const c: FieldChange = { path, kind };
    if (kind !== 'added') c.before = maskSubtree(before, path, secretPaths);
    if (kind !== 'removed') c.after = maskSubtree(after, path, secretPaths);
    if (secret) c.secret = true;
    return [c];
  };
  if (before === undefined) return entry('added');
  if (after === undefined) return entry('removed');
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffValues(before[i], after[i], secretPaths, joinPath(path, i))).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], secretPaths, joinPath(path, k)));
  }
  return entry('changed');
}
