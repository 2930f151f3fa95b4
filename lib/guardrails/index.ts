/** Guardrail engine: scope, owner, naming, schema, notification and quota rules with modes. */
export * from './types';
export { evaluateGuardrails, rules } from './engine';
export { alertingKnowledge, withScopeMemo } from './alerting-knowledge';
export { GUARDRAIL_CODES, isFailClosed, type GuardrailCode } from './codes';
export { ruleDiagnostic } from './rule-diagnostic';
