/**
 * Contract of `plan-alerting-changes`: a Monaco project (files, and the environment variables its
 * parameters read) against the team's objects → the steps apply will run, each already checked by
 * the guardrails and by the Settings API's `validateOnly`, with the `updateToken`s the plan read.
 * Nothing is written. Apply is the client's: it runs `steps` in order through the guarded
 * create/update/delete functions (see `lib/config-as-code/apply`).
 *
 * Secrets: a value the files take from an environment variable comes back masked (`********`)
 * with the variable's name in `secrets`, and the client fills it in from its own environment
 * when it writes; an environment value never leaves the function.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, findingSchema, refusingIllFormedText, resultSchema, storedValueSchema, teamIdRefSchema } from './common-refs';
import { configCoordinateSchema, envSchema, fileMapSchema, macDiagnosticSchema } from './config-as-code-common';

export const planAlertingChangesRequestSchema = refusingIllFormedText(z.strictObject({
  /** which of the caller's teams (required when the caller is in several) */
  teamId: teamIdRefSchema.optional(),
  files: fileMapSchema,
  /** delete the team's objects the files do not describe */
  prune: z.boolean().optional(),
  /** the schemas the files manage (default: all five); the team's other objects are left alone */
  schemaIds: z.array(alertingSchemaIdSchema).min(1).max(5).optional(),
  /** values of the environment variables the project's parameters read (only those) */
  env: envSchema.optional(),
  /** the manifest environment whose overrides apply (default: the only one) */
  environment: z.string().min(1).max(200).optional(),
}));
export type PlanAlertingChangesRequest = z.infer<typeof planAlertingChangesRequestSchema>;

export const fieldChangeSchema = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  secret: z.boolean().optional(),
  pendingReference: configCoordinateSchema.optional(),
});
export type FieldChangeOut = z.infer<typeof fieldChangeSchema>;

export const idReferenceSchema = z.object({ path: z.string(), target: configCoordinateSchema });

export const planStepSchema = z.object({
  action: z.enum(['create', 'update', 'delete']),
  schemaId: alertingSchemaIdSchema,
  name: z.string(),
  coordinate: configCoordinateSchema.optional(),
  objectId: z.string().optional(),
  /** update/delete: the token the plan read; a change since then makes the write a conflict */
  updateToken: z.string().optional(),
  /** the config YAML and the template (creates and updates) */
  file: z.string().optional(),
  template: z.string().optional(),
  /** create/update: the value to write, secrets from environment variables masked */
  value: storedValueSchema.optional(),
  /** where the client puts which of its environment variables before writing */
  secrets: z.array(z.object({ path: z.string(), envVar: z.string() })),
  /** ids of objects this plan creates first: filled in from the created objectIds */
  pendingReferences: z.array(idReferenceSchema),
  changes: z.array(fieldChangeSchema),
  /** guardrail findings that do not block the step (warnings, dry-run) */
  findings: z.array(findingSchema),
  /** false when the Settings validation waits for the apply (the value names an object created first) */
  validated: z.boolean(),
});
export type PlanStepOut = z.infer<typeof planStepSchema>;

/** An object the plan leaves as it is (unchanged, or kept because prune is off). */
export const planEntrySchema = z.object({
  schemaId: alertingSchemaIdSchema,
  name: z.string(),
  objectId: z.string().optional(),
  configId: z.string().optional(),
  file: z.string().optional(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const planAlertingChangesResponseSchema = resultSchema({
  teamId: z.string(),
  /** false when anything is refused: apply must not start */
  applicable: z.boolean(),
  steps: z.array(planStepSchema),
  unchanged: z.array(planEntrySchema),
  retained: z.array(planEntrySchema),
  /** every error, at its file and field: the import's, the plan's, guardrails and Settings validation */
  refused: z.array(macDiagnosticSchema),
  /** warnings and notes */
  notes: z.array(macDiagnosticSchema),
  /** the environment variables the project reads, and whether the request gave each */
  environmentVariables: z.array(z.object({ name: z.string(), provided: z.boolean() })),
});
export type PlanAlertingChangesResponse = z.infer<typeof planAlertingChangesResponseSchema>;
export type PlanAlertingChangesOk = Extract<PlanAlertingChangesResponse, { status: 'ok' }>;

/** `plan-alerting-changes`: what it accepts and what it answers. */
export const planAlertingChangesContract = { request: planAlertingChangesRequestSchema, response: planAlertingChangesResponseSchema };
