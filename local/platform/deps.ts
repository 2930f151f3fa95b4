/**
 * The seam between the local platform and the shared `lib/` code it relies on: IAM evaluation
 * (`lib/iam`), schema definitions and value validation (`lib/settings-schemas`) and MZ
 * extraction (`lib/alerting`). The platform only talks to these interfaces; `libDeps()` adapts
 * the real library facades, and a test may inject its own implementation to isolate a failure.
 */
import * as alerting from '../../lib/alerting/index';
import * as iam from '../../lib/iam/index';
import * as settingsSchemas from '../../lib/settings-schemas/index';
import type { ValidationContext } from '../../lib/settings-schemas/index';
import type { ConstraintViolation } from './errors';
import type { Json } from './model/types';

export type { ValidationContext };

export interface PolicyBindingInput {
  name?: string;
  text: string;
  params?: Record<string, string>;
  boundaries?: string[];
}

export type Attributes = Record<string, string | string[] | undefined>;

export interface Decision {
  decision: 'allow' | 'deny';
  reasons: unknown[];
}

export interface IamDeps {
  compilePolicySet(bindings: PolicyBindingInput[]): unknown;
  evaluate(set: unknown, request: { permission: string; attributes: Attributes }): Decision;
}

/** The subset of `SchemaDefinitionRestDto` the platform reads itself. */
export interface SchemaDefinition {
  schemaId: string;
  displayName?: string;
  version: string;
  multiObject?: boolean;
  ordered?: boolean;
  maturity?: string;
  schemaGroups?: string[];
  allowedScopes?: string[];
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface SchemaDeps {
  definitions: Map<string, SchemaDefinition>;
  /** Validates; on success `value` has defaults filled and inactive properties dropped. */
  normalize(schemaId: string, value: Json, context: ValidationContext): { violations: ConstraintViolation[]; value: Json };
  maskSecrets(schemaId: string, value: Json): Json;
  mergeMaskedSecrets(schemaId: string, incoming: Json, stored: Json): { value: Json; violations: ConstraintViolation[] };
}

/** How an object is tied to management zones (lib/alerting `ZoneScope`). */
export type ZoneScope =
  | { kind: 'zones'; ids: string[]; names: string[] }
  | { kind: 'via-alerting-profile'; alertingProfileId: string | undefined }
  | { kind: 'global' }
  | { kind: 'unknown'; reason: string };

export interface AlertingDeps {
  zoneScopeOf(schemaId: string, value: Json): ZoneScope;
  summaryOf(schemaId: string, value: Json): string | undefined;
}

export interface PlatformDeps {
  iam: IamDeps;
  schemas: SchemaDeps;
  alerting: AlertingDeps;
}

export function libDeps(): PlatformDeps {
  const definitions = new Map<string, SchemaDefinition>();
  for (const d of Object.values(settingsSchemas.schemaDefinitions)) definitions.set(d.schemaId, d as unknown as SchemaDefinition);
  return {
    iam: {
      compilePolicySet: (bindings) => iam.compilePolicySet(bindings),
      evaluate: (set, request) => iam.evaluate(set as iam.CompiledPolicySet, request) as Decision,
    },
    schemas: {
      definitions,
      normalize: (schemaId, value, context) => {
        const r = settingsSchemas.normalizeSettingsValue(schemaId, value, context);
        return { violations: r.violations as ConstraintViolation[], value: r.value as Json };
      },
      maskSecrets: (schemaId, value) => settingsSchemas.maskSecrets(schemaId, value) as Json,
      mergeMaskedSecrets: (schemaId, incoming, stored) => {
        const r = settingsSchemas.mergeMaskedSecrets(schemaId, incoming, stored);
        return { value: r.value as Json, violations: r.violations as ConstraintViolation[] };
      },
    },
    alerting: {
      zoneScopeOf: (schemaId, value) => alerting.managementZoneIdsOf(schemaId, value) as ZoneScope,
      summaryOf: (schemaId, value) => {
        const s = alerting.summaryOf(schemaId, value);
        return typeof s === 'string' ? s : undefined;
      },
    },
  };
}
