/**
 * Types of the Settings 2.0 schema definition format (`SchemaDefinitionRestDto`, as served by
 * `GET /settings/schemas/{id}`) and of the validation result (`ConstraintViolation`).
 * Only the fields this project uses are typed; the shape matches Dynatrace's so the local
 * platform can serve the definitions verbatim.
 */

export type Precondition =
  | { type: 'EQUALS'; property: string; expectedValue: unknown }
  | { type: 'IN'; property: string; expectedValues: unknown[] }
  | { type: 'NULL'; property: string }
  | { type: 'NOT'; precondition: Precondition }
  | { type: 'AND' | 'OR'; preconditions: Precondition[] };

export type PropertyConstraint =
  | { type: 'LENGTH'; minLength?: number; maxLength?: number; customMessage?: string }
  | { type: 'PATTERN'; pattern: string; customMessage?: string }
  | { type: 'RANGE'; minimum?: number; maximum?: number; customMessage?: string }
  | { type: 'NOT_BLANK' | 'NOT_EMPTY' | 'TRIMMED' | 'NO_WHITESPACE'; customMessage?: string }
  | { type: 'CUSTOM_VALIDATOR_REF'; customValidatorId: string; customMessage?: string; skipAsyncValidation?: boolean };

export type ComplexConstraint =
  | { type: 'CUSTOM_VALIDATOR_REF'; customValidatorId: string; customMessage?: string; skipAsyncValidation?: boolean }
  | { type: 'GREATER_THAN' | 'GREATER_THAN_OR_EQUAL' | 'LESS_THAN' | 'LESS_THAN_OR_EQUAL'; properties: [string, string]; customMessage?: string }
  | { type: 'PROPERTY_COUNT_RANGE'; properties: string[]; minimumPropertyCount?: number; maximumPropertyCount?: number; customMessage?: string }
  | { type: 'SECRET_RESUBMISSION'; checkAllProperties: boolean; customMessage?: string };

export type SchemaConstraint =
  | { type: 'UNIQUE'; uniqueProperties: string[]; customMessage?: string; flattenCollections?: boolean }
  | { type: 'CUSTOM_VALIDATOR_REF'; customValidatorId: string; customMessage?: string; skipAsyncValidation?: boolean };

export type PrimitiveType =
  | 'text' | 'secret' | 'boolean' | 'integer' | 'float' | 'setting'
  | 'local_date' | 'local_time' | 'local_date_time' | 'time_zone';
export type CollectionType = 'set' | 'list';
export type RefType = { $ref: string }; // "#/types/X" or "#/enums/Y"

/** Element definition of a collection (`items`). */
export interface ItemDefinition {
  type: PrimitiveType | RefType;
  displayName?: string;
  description?: string;
  constraints?: PropertyConstraint[];
  subType?: string;
  referencedType?: string;
}

export interface PropertyDefinition {
  type: PrimitiveType | CollectionType | RefType;
  displayName: string;
  description: string;
  nullable: boolean;
  default?: unknown;
  precondition?: Precondition;
  constraints?: PropertyConstraint[];
  items?: ItemDefinition;
  minObjects?: number;
  maxObjects: number;
  modificationPolicy: 'ALWAYS' | 'DEFAULT' | 'NEVER';
  referencedType?: string;
  subType?: string;
  forceSecretResubmission?: boolean;
}

export interface ObjectTypeDefinition {
  type: 'object';
  displayName: string;
  description: string;
  properties: Record<string, PropertyDefinition>;
  constraints?: ComplexConstraint[];
  summaryPattern?: string;
}

export interface EnumValue { value: string; displayName: string; description?: string }
export interface EnumDefinition { type: 'enum'; displayName: string; description: string; items: EnumValue[] }

export interface SchemaDefinition {
  dynatrace: '1';
  schemaId: string;
  version: string;
  displayName: string;
  description: string;
  documentation?: string;
  maturity: 'PREVIEW' | 'EARLY_ADOPTER' | 'GENERAL_AVAILABILITY';
  multiObject: boolean;
  ordered: boolean;
  maxObjects: number;
  allowedScopes: string[];
  schemaGroups: string[];
  keyProperty?: string;
  properties: Record<string, PropertyDefinition>;
  types: Record<string, ObjectTypeDefinition>;
  enums: Record<string, EnumDefinition>;
  constraints: ComplexConstraint[];
  schemaConstraints: SchemaConstraint[];
  deletionConstraints?: unknown[];
  metadata?: Record<string, string>;
}

/** `GET /settings/schemas` list item. */
export interface SchemaStub {
  schemaId: string;
  displayName: string;
  latestSchemaVersion: string;
  maturity: SchemaDefinition['maturity'];
  multiObject: boolean;
  ordered: boolean;
  ownerBasedAccessControl: boolean;
}

/** One entry of `error.constraintViolations` (path relative to the object's value). */
export interface ConstraintViolation {
  path: string;
  message: string;
  parameterLocation: 'PAYLOAD_BODY';
  location?: string;
}

/**
 * What the validator needs to know about the world. Passed in by the caller (the local platform
 * or a guardrail), so validation itself stays pure.
 */
export interface ValidationContext {
  /** The caller holds `settings:objects:write` without a management-zone condition. */
  hasUnrestrictedWrite: boolean;
  /** `mzId` is a numeric management-zone id as a decimal string. */
  canWriteZone: (mzId: string) => boolean;
  managementZoneExists: (mzId: string) => boolean;
  settingExists: (schemaId: string, objectId: string) => boolean;
  managementZoneNameTaken?: (name: string, exceptObjectId?: string) => boolean;
  /** objectId of the object being updated (absent on create); used by UNIQUE checks. */
  objectId?: string;
  /**
   * For SLOs: resolves an `mzName("…")` in an entity selector to a numeric id (undefined if no
   * such zone). Without it, names count as not writable for restricted writers.
   */
  managementZoneIdByName?: (name: string) => string | undefined;
  /**
   * Single-property UNIQUE schema constraints other than the management-zone name (e.g. SLO
   * `name`, `metricName`): is `value` already used by another object of the schema?
   */
  valueTaken?: (schemaId: string, property: string, value: unknown, exceptObjectId?: string) => boolean;
}
