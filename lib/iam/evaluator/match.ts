/**
 * Condition predicates, built once per compiled condition. Semantics:
 * - a missing attribute (undefined, or an empty array) never satisfies a condition, whatever the
 *   operator (so `!=` / `NOT IN` on a missing attribute does not match either);
 * - values are compared case-sensitively; `MATCH` treats `*` as "any characters";
 * - `<` / `>` compare times of day (`09:00+01:00`), dates and date-times by instant when both sides
 *   parse as such, numbers numerically, anything else by code units;
 * - multi-valued attributes (arrays) follow the rule of their condition key (multi-valued.ts):
 *   `settings:schemaGroup` holds when one of the schema's groups matches; everything else fails
 *   closed (in an ALLOW statement every element must satisfy the condition, in a DENY one element
 *   is enough).
 */
import type { Effect, Operator, Value } from '../types';
import { arrayQuantifier } from './multi-valued';

export type Attributes = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Tests one attribute value. */
type Single = (v: string, values: readonly string[]) => boolean;

export interface CompiledCondition {
  name: string;
  test(attributes: Attributes): boolean;
}

function wildcard(pattern: string): RegExp {
  const body = pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${body}$`);
}

const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})$/;
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:?\d{2})?$/;

function instant(s: string): number | undefined {
  const t = TIME_OF_DAY.exec(s);
  if (t) {
    const tz = t[4] as string;
    let off = 0;
    if (tz !== 'Z') {
      const d = tz.replace(':', '');
      off = (Number(d.slice(1, 3)) * 60 + Number(d.slice(3, 5))) * (d[0] === '-' ? -1 : 1);
    }
    return (Number(t[1]) * 60 + Number(t[2]) - off + 1440 * 2) % 1440 * 60 + Number(t[3] ?? 0);
  }
  const d = DATE_ONLY.exec(s);
  const iso = d ? `${d[1]}T00:00:00${d[2] ?? 'Z'}` : s;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

export function compare(a: string, b: string): number {
  const ia = instant(a);
  const ib = instant(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function single(op: Operator, staticValues: readonly string[] | undefined): Single {
  switch (op) {
    case '=':
    case 'IN': {
      if (staticValues && staticValues.length > 4) {
        const set = new Set(staticValues);
        return (v) => set.has(v);
      }
      return (v, vals) => vals.includes(v);
    }
    case '!=':
    case 'NOT IN': {
      if (staticValues && staticValues.length > 4) {
        const set = new Set(staticValues);
        return (v) => !set.has(v);
      }
      return (v, vals) => !vals.includes(v);
    }
    case 'startsWith':
      return (v, vals) => vals.some((p) => v.startsWith(p));
    case 'NOT startsWith':
      return (v, vals) => !vals.some((p) => v.startsWith(p));
    case 'MATCH': {
      if (staticValues) {
        const res = staticValues.map(wildcard);
        return (v) => res.some((r) => r.test(v));
      }
      return (v, vals) => vals.some((p) => wildcard(p).test(v));
    }
    case '<':
      return (v, vals) => vals.length > 0 && compare(v, vals[0] as string) < 0;
    case '>':
      return (v, vals) => vals.length > 0 && compare(v, vals[0] as string) > 0;
  }
}

/** Whether one attribute value satisfies `op` with these literal values (the validator's contradiction check). */
export function holdsFor(op: Operator, value: string, values: readonly string[]): boolean {
  return single(op, undefined)(value, values);
}

/** Own property only: attribute names come from policy text and must not reach the prototype. */
export function own(a: Attributes, name: string): unknown {
  return a !== null && typeof a === 'object' && Object.hasOwn(a, name) ? (a as Record<string, unknown>)[name] : undefined;
}

/** Resolves `${global:x}` placeholders from the request; undefined when one cannot be resolved. */
function resolver(values: readonly Value[]): (a: Attributes) => string[] {
  return (a) => {
    const out: string[] = [];
    for (const v of values) {
      let acc = [''];
      for (const p of v.parts) {
        if (p.kind === 'text') { acc = acc.map((x) => x + p.text); continue; }
        if (p.kind === 'bindParam') { acc = []; break; }
        const g = own(a, `global:${p.name}`);
        const list = typeof g === 'string' ? [g] : Array.isArray(g) ? g.filter((x) => typeof x === 'string') : [];
        acc = acc.flatMap((x) => list.map((y) => x + y));
      }
      out.push(...acc);
    }
    return out;
  };
}

export function compileCondition(name: string, op: Operator, values: readonly Value[], effect: Effect): CompiledCondition {
  const isStatic = values.every((v) => v.parts.every((p) => p.kind === 'text'));
  const staticValues = isStatic ? values.map((v) => v.raw) : undefined;
  const fn = single(op, staticValues);
  const resolve = staticValues ? () => staticValues : resolver(values);
  const quantifier = arrayQuantifier(name, op, effect);
  return {
    name,
    test(attributes: Attributes): boolean {
      const v = own(attributes, name);
      if (v === undefined) return false;
      const vals = resolve(attributes);
      if (!staticValues && vals.length === 0) return false;
      if (typeof v === 'string') return fn(v, vals);
      if (!Array.isArray(v) || v.length === 0 || quantifier === 'never') return false;
      if (quantifier === 'some') {
        for (const x of v) if (typeof x === 'string' && fn(x, vals)) return true;
        return false;
      }
      for (const x of v) if (typeof x !== 'string' || !fn(x, vals)) return false;
      return true;
    },
  };
}
