/**
 * What-if for the UI: how would these requests be decided if bindings were added or removed?
 * Returns the decision before and after, with reasons, per request.
 */
import { compilePolicySet, type PolicyBinding } from '../evaluator/compile';
import { evaluate, type AuthorizationRequest, type EvaluationResult } from '../evaluator/evaluate';

export interface WhatIfChange {
  add?: PolicyBinding[];
  /** Names of bindings to remove from the current set. */
  remove?: string[];
}

export interface WhatIfOutcome {
  request: AuthorizationRequest;
  before: EvaluationResult;
  after: EvaluationResult;
  changed: boolean;
}

export function whatIf(current: readonly PolicyBinding[], change: WhatIfChange, requests: readonly AuthorizationRequest[]): WhatIfOutcome[] {
  const removed = new Set(change?.remove ?? []);
  const next = [...(current ?? []).filter((b) => b.name === undefined || !removed.has(b.name)), ...(change?.add ?? [])];
  const before = compilePolicySet(current ?? []);
  const after = compilePolicySet(next);
  return (requests ?? []).map((request) => {
    const b = evaluate(before, request);
    const a = evaluate(after, request);
    return { request, before: b, after: a, changed: a.decision !== b.decision };
  });
}
