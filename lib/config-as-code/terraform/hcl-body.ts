/**
 * Writes a resource body from a value and its spec, the way `terraform fmt` lays it out:
 * attributes first with their `=` aligned, then nested blocks. Every string goes through
 * `hclString` (quoted, `${`/`%{` doubled), so no user text can open an interpolation or end a
 * literal; values at substituted paths (zone ids, secrets, the alerting profile) are written as
 * the given expression instead. Properties the spec does not know are reported, not guessed.
 */
import { hclString } from '../../policy-calculator/escape';
import { isObject, joinPath } from '../value-path';
import type { FieldSpec, ObjectSpec } from './spec';

export interface BodyContext {
  /** value path → HCL expression written instead of the value */
  substitutions: ReadonlyMap<string, string>;
  /** value paths the resource cannot express */
  unmapped: string[];
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

function attributeValue(v: unknown, path: string, ctx: BodyContext): string | undefined {
  const sub = ctx.substitutions.get(path);
  if (sub !== undefined) return sub;
  if (Array.isArray(v)) {
    const items = v.map((x, i) => ctx.substitutions.get(joinPath(path, i)) ?? scalar(x));
    if (items.some((x) => x === undefined)) { ctx.unmapped.push(path); return undefined; }
    return `[${items.join(', ')}]`;
  }
  if (v === null || v === undefined) return undefined;
  const s = scalar(v);
  if (s === undefined) ctx.unmapped.push(path);
  return s;
}

interface Parts { attributes: Array<[string, string]>; blocks: string[][] }

function collect(value: Record<string, unknown>, spec: ObjectSpec, path: string, ctx: BodyContext, parts: Parts): void {
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(spec, key) && value[key] !== null && value[key] !== undefined) ctx.unmapped.push(joinPath(path, key));
  }
  for (const [key, field] of Object.entries(spec)) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    writeField(field, value[key], joinPath(path, key), ctx, parts);
  }
}

function writeField(field: FieldSpec, v: unknown, path: string, ctx: BodyContext, parts: Parts): void {
  if ('drop' in field || v === null || v === undefined) return;
  if ('attr' in field) {
    const text = attributeValue(v, path, ctx);
    if (text !== undefined) parts.attributes.push([field.attr, text]);
    return;
  }
  if ('flatten' in field) {
    if (isObject(v)) collect(v, field.flatten, path, ctx, parts);
    else ctx.unmapped.push(path);
    return;
  }
  if ('block' in field) {
    if (isObject(v)) parts.blocks.push(block(field.block, body(v, field.spec, path, ctx)));
    else ctx.unmapped.push(path);
    return;
  }
  if (!Array.isArray(v)) { ctx.unmapped.push(path); return; }
  const items = v.flatMap((item, i) => {
    if (isObject(item)) return [body(item, field.spec, joinPath(path, i), ctx)];
    ctx.unmapped.push(joinPath(path, i));
    return [];
  });
  if ('blocks' in field) for (const b of items) parts.blocks.push(block(field.blocks, b));
  else if (items.length > 0) parts.blocks.push(block(field.wrapper, items.flatMap((b, i) => [...(i > 0 ? [''] : []), ...block(field.item, b)])));
}

function block(name: string, lines: string[]): string[] {
  return [`${name} {`, ...lines.map((l) => (l === '' ? '' : `  ${l}`)), '}'];
}

/** The lines of a body (not indented; the caller nests them). */
export function body(value: Record<string, unknown>, spec: ObjectSpec, path: string, ctx: BodyContext): string[] {
  const parts: Parts = { attributes: [], blocks: [] };
  collect(value, spec, path, ctx, parts);
  const width = Math.max(0, ...parts.attributes.map(([k]) => k.length));
  const lines = parts.attributes.map(([k, v]) => `${k.padEnd(width)} = ${v}`);
  for (const b of parts.blocks) {
    if (lines.length > 0) lines.push('');
    lines.push(...b);
  }
  return lines;
}
