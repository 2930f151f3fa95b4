/**
 * Facade of `lib/settings-schemas`: the project's own Settings 2.0 schema definitions of the five
 * alerting schemas and `builtin:management-zones`, and the pure functions the local platform and
 * the guardrails use on settings values (validate, fill defaults, mask/merge secrets).
 */
import { schemaDefinitions } from './definitions';
import { mergeMaskedSecretsWith, maskSecretsWith, secretPathsWith, type MergeResult } from './secrets';
import { permissiveContext } from './context';
import type { ConstraintViolation, SchemaDefinition, SchemaStub, ValidationContext } from './types';
import { walkValue, type NormalizeResult } from './validate';

export * from './types';
export { schemaDefinitions, NOTIFICATION_PROPERTY_BY_TYPE } from './definitions';
export { permissiveContext, restrictedContext } from './context';
export { MASKED_SECRET, type MergeResult } from './secrets';
export type { NormalizeResult } from './validate';
export * as messages from './messages';

export const SCHEMA_NOT_FOUND = "The specified schema doesn't exist.";

function definitionOf(schemaId: string): SchemaDefinition | undefined {
  return typeof schemaId === 'string' && Object.prototype.hasOwnProperty.call(schemaDefinitions, schemaId)
    ? schemaDefinitions[schemaId] : undefined;
}

/** Items of `GET /settings/schemas`. */
export function schemaStubs(): SchemaStub[] {
  return Object.values(schemaDefinitions).map((s) => ({
    schemaId: s.schemaId,
    displayName: s.displayName,
    latestSchemaVersion: s.version,
    maturity: s.maturity,
    multiObject: s.multiObject,
    ordered: s.ordered,
    ownerBasedAccessControl: false,
  }));
}

/**
 * Validates, fills defaults and drops inactive (precondition-false) properties. Use `value` as the
 * object to store when `violations` is empty.
 */
export function normalizeSettingsValue(schemaId: string, value: unknown, context: ValidationContext): NormalizeResult {
  const schema = definitionOf(schemaId);
  if (!schema) return { violations: [{ path: '', message: SCHEMA_NOT_FOUND, parameterLocation: 'PAYLOAD_BODY' }], value, filledDefaults: [] };
  return walkValue(schema, value, context);
}

/** Constraint violations of `value` (paths relative to the value; empty = valid). Never throws. */
export function validateSettingsValue(schemaId: string, value: unknown, context: ValidationContext): ConstraintViolation[] {
  return normalizeSettingsValue(schemaId, value, context).violations;
}

/** `value` with missing defaults filled; keeps everything else (also unknown/inactive properties). */
export function applyDefaults(schemaId: string, value: unknown): unknown {
  const schema = definitionOf(schemaId);
  return schema ? walkValue(schema, value, permissiveContext(), false).value : value;
}

/** `value` as GET returns it: secrets replaced by `********`. */
export function maskSecrets(schemaId: string, value: unknown): unknown {
  const schema = definitionOf(schemaId);
  return schema ? maskSecretsWith(schema, value) : value;
}

/** Replaces masked secrets in `newValue` by the stored ones; enforces secret resubmission. */
export function mergeMaskedSecrets(schemaId: string, newValue: unknown, storedValue: unknown): MergeResult {
  const schema = definitionOf(schemaId);
  return schema ? mergeMaskedSecretsWith(schema, newValue, storedValue) : { value: newValue, violations: [], maskedSecretsSent: false };
}

/** Value paths of the `secret` properties that hold a non-empty string (masked or in clear). */
export function secretPathsOf(schemaId: string, value: unknown): string[] {
  const schema = definitionOf(schemaId);
  return schema ? secretPathsWith(schema, value) : [];
}
