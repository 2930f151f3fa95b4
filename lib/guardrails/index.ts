/** Guardrail engine: scope, owner, naming, schema, notification and quota rules with modes. */
export * from './types';
export { evaluateGuardrails, rules } from './engine';
export { alertingKnowledge, withScopeMemo } from './alerting-knowledge';
