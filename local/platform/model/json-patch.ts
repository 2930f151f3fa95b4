/**
 * Minimal RFC 6902 diff used for `jsonPatch` in settings history. Arrays are compared
 * position-wise (no move detection) — good enough to show what changed.
 */
import type { Json } from './types';

export interface PatchOp {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: Json;
  oldValue?: Json;
}

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function diff(before: Json | undefined, after: Json | undefined, path = ''): PatchOp[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ op: 'add', path: path || '', value: after! }];
  if (after === undefined) return [{ op: 'remove', path, oldValue: before }];
  if (isObject(before) && isObject(after)) {
    const ops: PatchOp[] = [];
    for (const k of Object.keys(before)) if (!(k in after)) ops.push({ op: 'remove', path: `${path}/${escape(k)}`, oldValue: before[k]! });
    for (const k of Object.keys(after)) ops.push(...diff(before[k], after[k], `${path}/${escape(k)}`));
    return ops;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const ops: PatchOp[] = [];
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) ops.push(...diff(before[i], after[i], `${path}/${i}`));
    for (let i = before.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${i}`, oldValue: before[i]! });
    for (let i = common; i < after.length; i++) ops.push({ op: 'add', path: `${path}/${i}`, value: after[i]! });
    return ops;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ op: 'replace', path, value: after, oldValue: before }];
}
