/**
 * Binding-time transformations, as documented for Dynatrace bindings:
 * - bind parameters: `${bindParam:x}` is replaced by the binding's value as literal text (never
 *   re-parsed, so a parameter value cannot inject policy syntax); a missing parameter rejects
 *   the binding (Dynatrace answers 400 for such a binding);
 * - boundaries: multi-permission ALLOW statements are split; for each boundary separately, only
 *   conditions defined for the permission (or `global:`) are AND-ed to the statement; repeated
 *   condition names multiply statements; a boundary without applicable conditions leaves the
 *   statement unconditional (documented pitfall); DENY statements are never bounded.
 */
import type { Condition, Statement, Value } from '../types';
import { isGlobalCondition, permissionCatalog } from '../catalog/catalog';

export function substituteValue(v: Value, params: Readonly<Record<string, string>>, missing: Set<string>): Value {
  if (!v.parts.some((p) => p.kind === 'bindParam')) return v;
  let raw = '';
  const parts: Value['parts'] = [];
  for (const p of v.parts) {
    if (p.kind === 'bindParam') {
      const val = Object.prototype.hasOwnProperty.call(params, p.name) ? params[p.name] : undefined;
      if (typeof val !== 'string') { missing.add(p.name); continue; }
      raw += val;
      parts.push({ kind: 'text', text: val });
    } else if (p.kind === 'text') {
      raw += p.text;
      parts.push(p);
    } else {
      raw += `\${global:${p.name}}`;
      parts.push(p);
    }
  }
  return { ...v, raw, parts: mergeText(parts) };
}

function mergeText(parts: Value['parts']): Value['parts'] {
  const out: Value['parts'] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

export function substituteConditions(conds: readonly Condition[], params: Readonly<Record<string, string>>, missing: Set<string>): Condition[] {
  return conds.map((c) => ({ ...c, values: c.values.map((v) => substituteValue(v, params, missing)) }));
}

/** One single-permission statement produced by applying boundaries. */
export interface EffectiveStatement {
  permission: string;
  conditions: Condition[];
  origin: Statement;
  boundary?: number;
}

/** Conditions of one boundary that apply to a permission, grouped by name (in order). */
function applicableGroups(permission: string, boundary: readonly Condition[]): Condition[][] {
  const groups = new Map<string, Condition[]>();
  for (const c of boundary) {
    if (!isGlobalCondition(c.name) && !permissionCatalog.condition(permission, c.name)) continue;
    const g = groups.get(c.name);
    if (g) g.push(c);
    else groups.set(c.name, [c]);
  }
  return [...groups.values()];
}

function product(groups: Condition[][]): Condition[][] {
  let acc: Condition[][] = [[]];
  for (const g of groups) acc = acc.flatMap((combo) => g.map((c) => [...combo, c]));
  return acc;
}

export function applyBoundaries(stmt: Statement, conditions: Condition[], boundaries: readonly (readonly Condition[])[]): EffectiveStatement[] {
  const out: EffectiveStatement[] = [];
  for (const p of stmt.permissions) {
    if (stmt.effect === 'DENY' || boundaries.length === 0) {
      out.push({ permission: p.name, conditions, origin: stmt });
      continue;
    }
    boundaries.forEach((b, bi) => {
      for (const combo of product(applicableGroups(p.name, b))) {
        out.push({ permission: p.name, conditions: [...conditions, ...combo], origin: stmt, boundary: bi });
      }
    });
  }
  return out;
}
