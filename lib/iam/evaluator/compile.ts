/**
 * Compiles bound policies into an immutable index: permission → DENY / ALLOW statements with
 * pre-built condition predicates and pre-built reasons, so `evaluate` does no parsing and no
 * allocation beyond its answer. A binding whose policy or boundaries do not parse, or that lacks
 * a bind parameter, contributes nothing and is reported in `rejected` (Dynatrace would refuse to
 * store it).
 */
import type { Condition, Effect, IamDiagnostic } from '../types';
import { NOWHERE, spanDiagnostic } from '../span-diagnostic';
import { parsePolicy } from '../parser/parse-policy';
import { parseBoundary } from '../parser/parse-boundary';
import { formatStatement } from '../formatter/format-policy';
import { compileCondition, type CompiledCondition } from './match';
import { applyBoundaries, substituteConditions } from './bind';

export interface PolicyBinding {
  name?: string;
  text: string;
  params?: Record<string, string>;
  boundaries?: string[];
}

export interface Reason {
  policy?: string;
  statement: string;
  effect: Effect;
  line: number;
  /** Index into the binding's `boundaries` when the statement was produced by a boundary. */
  boundary?: number;
}

export interface CompiledStatement {
  reason: Reason;
  conditions: readonly CompiledCondition[];
  /** The effective conditions (parameters substituted, boundary conditions added), for analysis. */
  source: readonly Condition[];
}

export interface PermissionRules {
  denyAlways: readonly Reason[];
  deny: readonly CompiledStatement[];
  allowAlways: readonly Reason[];
  allow: readonly CompiledStatement[];
}

export interface RejectedBinding {
  policy?: string;
  index: number;
  diagnostics: IamDiagnostic[];
}

export interface CompiledPolicySet {
  readonly rules: ReadonlyMap<string, PermissionRules>;
  readonly rejected: readonly RejectedBinding[];
  readonly statementCount: number;
}

interface Mutable { denyAlways: Reason[]; deny: CompiledStatement[]; allowAlways: Reason[]; allow: CompiledStatement[] }

export function compilePolicySet(bindings: readonly PolicyBinding[]): CompiledPolicySet {
  const rules = new Map<string, Mutable>();
  const rejected: RejectedBinding[] = [];
  let statementCount = 0;
  // the cast keeps Array.isArray from narrowing to any[]; callers may be untyped JS
  const list: readonly PolicyBinding[] = Array.isArray(bindings as unknown) ? bindings : [];
  list.forEach((b, index) => {
    const name = typeof b?.name === 'string' ? b.name : undefined;
    const reject = (diagnostics: IamDiagnostic[]): void => {
      rejected.push(name === undefined ? { index, diagnostics } : { policy: name, index, diagnostics });
    };
    if (!b || typeof b.text !== 'string') {
      reject([spanDiagnostic('iam/bind/invalid-binding', 'binding has no policy text', NOWHERE)]);
      return;
    }
    const params = b.params && typeof b.params === 'object' ? b.params : {};
    const missing = new Set<string>();
    const parsed = parsePolicy(b.text);
    if (parsed.diagnostics.length > 0) { reject(parsed.diagnostics); return; }
    const boundaries: Condition[][] = [];
    for (const text of Array.isArray(b.boundaries) ? b.boundaries : []) {
      const pb = parseBoundary(typeof text === 'string' ? text : '');
      if (pb.diagnostics.length > 0) { reject(pb.diagnostics); return; }
      boundaries.push(substituteConditions(pb.boundary.conditions, params, missing));
    }
    const staged: Array<[string, Effect, CompiledStatement | Reason, boolean]> = [];
    for (const s of parsed.policy.statements) {
      const conds = substituteConditions(s.conditions, params, missing);
      const whole = formatStatement({ ...s, conditions: conds }, Number.MAX_SAFE_INTEGER);
      for (const eff of applyBoundaries(s, conds, boundaries)) {
        const text = eff.boundary === undefined ? whole : formatStatement({ effect: s.effect, permissions: [{ name: eff.permission }], conditions: eff.conditions }, Number.MAX_SAFE_INTEGER);
        const reason: Reason = { statement: text, effect: s.effect, line: s.span.line };
        if (name !== undefined) reason.policy = name;
        if (eff.boundary !== undefined) reason.boundary = eff.boundary;
        Object.freeze(reason);
        if (eff.conditions.length === 0) staged.push([eff.permission, s.effect, reason, true]);
        else staged.push([eff.permission, s.effect, { reason, conditions: eff.conditions.map((c) => compileCondition(c.name, c.operator, c.values, s.effect)), source: eff.conditions }, false]);
      }
    }
    if (missing.size > 0) {
      reject([...missing].map((p) => spanDiagnostic('iam/bind/missing-parameter', `no value for bind parameter \`${p}\``, NOWHERE, { help: `add \`${p}\` to the binding's parameters` })));
      return;
    }
    for (const [perm, effect, item, always] of staged) {
      let r = rules.get(perm);
      if (!r) { r = { denyAlways: [], deny: [], allowAlways: [], allow: [] }; rules.set(perm, r); }
      statementCount++;
      if (effect === 'DENY') {
        if (always) r.denyAlways.push(item as Reason);
        else r.deny.push(item as CompiledStatement);
      } else if (always) r.allowAlways.push(item as Reason);
      else r.allow.push(item as CompiledStatement);
    }
  });
  return Object.freeze({ rules, rejected, statementCount });
}
