/**
 * Facade of the IAM policy library (parser, validator, evaluator, formatter, analysis, catalog):
 * the Dynatrace policy language, knowing nothing of this app (its roles and policies are generated
 * by lib/policy-calculator). Other parts of the app import only from here. Diagnostics are the
 * project's one model (lib/diagnostics, the only import from outside lib/iam); codes: codes.ts.
 */
export type {
  Boundary, Condition, Effect, IamDiagnostic, Operator, PermissionRef, Policy, Span, Statement, Value, ValuePart,
} from './types';
export type { Severity } from '../diagnostics';
export { IAM_CODES, type IamCode } from './codes';
export { spanDiagnostic } from './span-diagnostic';
export { parsePolicy, type ParsePolicyResult } from './parser/parse-policy';
export { parseBoundary, type ParseBoundaryResult } from './parser/parse-boundary';
export { textKind, type TextKind } from './parser/text-kind';
export { permissionCatalog, type CatalogCondition, type CatalogPermission, type PermissionCatalog } from './catalog/catalog';
export { zoneScopedSchemas } from './catalog/applicability';
export { similarPermissions, type SimilarOptions } from './catalog/similar';
export { compilePolicySet, type CompiledPolicySet, type PolicyBinding, type Reason, type RejectedBinding } from './evaluator/compile';
export { evaluate, isAllowed, type AuthorizationRequest, type Decision, type EvaluationResult } from './evaluator/evaluate';
export { formatPolicy, formatBoundary, formatStatement } from './formatter/format-policy';
export { validatePolicy, validateBoundary, MAX_STATEMENTS, MAX_BOUNDARY_CONDITIONS, type ValidateOptions } from './validator/validate-policy';
export { checkValue as checkPolicyValue, quote as quotePolicyValue, type UnsafeValue as UnsafePolicyValue } from './formatter/safe-value';
export { analyzeOverPrivilege, type AnalysisDiagnostic } from './analysis/over-privilege';
export { diffPrivileges, type AccessWitness, type DiffOptions, type PrivilegeDiff } from './analysis/diff-privileges';
export { whatIf, type WhatIfChange, type WhatIfOutcome } from './analysis/what-if';
