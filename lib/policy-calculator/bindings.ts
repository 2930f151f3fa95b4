/**
 * Bridges a generated policy set to the evaluator's input: one `PolicyBinding` per binding, with
 * the policy text, the binding's parameters and the boundary queries it references.
 */
import type { PolicyBinding } from '../iam';
import type { GeneratedPolicySet } from './types';

export function bindingsForEvaluation(set: GeneratedPolicySet): PolicyBinding[] {
  const texts = new Map(set.policies.map((p) => [p.name, p.text]));
  const queries = new Map((set.boundaries ?? []).map((b) => [b.name, b.query]));
  return set.bindings.map((b) => ({
    name: b.policyName,
    text: texts.get(b.policyName) ?? '',
    params: { ...(b.parameters ?? {}) },
    boundaries: (b.boundaries ?? []).map((n) => queries.get(n) ?? ''),
  }));
}
