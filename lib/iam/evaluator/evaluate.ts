/**
 * Authorization of one request against a compiled set, in the documented order: unconditional
 * DENY, matching conditional DENY, unconditional ALLOW, matching conditional ALLOW, otherwise
 * deny. The reasons are every statement of the deciding effect that matched (none for the
 * default deny). Never throws.
 */
import type { Effect } from '../types';
import type { CompiledPolicySet, CompiledStatement, Reason } from './compile';
import type { Attributes } from './match';

export interface AuthorizationRequest {
  permission: string;
  attributes?: Record<string, string | string[] | undefined>;
}

export type Decision = 'allow' | 'deny';

export interface EvaluationResult {
  decision: Decision;
  reasons: Reason[];
}

const EMPTY: Attributes = Object.freeze({});

function matches(s: CompiledStatement, a: Attributes): boolean {
  for (const c of s.conditions) if (!c.test(a)) return false;
  return true;
}

export function evaluate(set: CompiledPolicySet, request: AuthorizationRequest): EvaluationResult {
  const permission = request && typeof request.permission === 'string' ? request.permission : '';
  const r = set?.rules?.get(permission);
  if (!r) return { decision: 'deny', reasons: [] };
  const a: Attributes = request.attributes && typeof request.attributes === 'object' ? request.attributes : EMPTY;
  const deny = collect(r.denyAlways, r.deny, a);
  if (deny.length > 0) return { decision: 'deny', reasons: deny };
  const allow = collect(r.allowAlways, r.allow, a);
  return allow.length > 0 ? { decision: 'allow', reasons: allow } : { decision: 'deny', reasons: [] };
}

function collect(always: readonly Reason[], conditional: readonly CompiledStatement[], a: Attributes): Reason[] {
  const out = always.length > 0 ? always.slice() : [];
  for (const s of conditional) if (matches(s, a)) out.push(s.reason);
  return out;
}

/** Just the decision, for hot paths that do not need reasons. */
export function isAllowed(set: CompiledPolicySet, request: AuthorizationRequest): boolean {
  return evaluate(set, request).decision === 'allow';
}

export type { Effect };
