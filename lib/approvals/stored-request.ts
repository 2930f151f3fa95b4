/**
 * A change request as it is stored: one app-settings object of the app's schema
 * `app:my.team.alerting:change-requests` (`settings/schemas/change-requests.schema.json`), written
 * by the functions as the calling user. The store's own metadata — who created the object and who
 * changed it last, and its optimistic-locking `version` — travels beside the value
 * (`StoredEntryMeta`); nothing in the value is trusted for a decision (see `integrity.ts`).
 *
 * Values never hold a secret in clear text: every app user may read app settings, so a proposal
 * carrying one is refused (`approval/secret-in-proposal`) and masked secrets stay masked.
 */
import * as z from '../zod';
import { ALERTING_SCHEMA_IDS } from '../alerting/schema-ids';
import { approvalRuleSchema, changeOperationSchema, teamIdSchema } from '../teams/model';

export const CHANGE_REQUEST_SCHEMA_ID = 'app:my.team.alerting:change-requests';
export const STORED_FORMAT = 1;

export const REQUEST_STATES = ['open', 'applying', 'approved', 'rejected', 'withdrawn', 'stale', 'failed'] as const;
export const requestStateSchema = z.enum(REQUEST_STATES);
/**
 * `open` waits for a lead; `applying` is an approval being written (or one interrupted before its
 * outcome was recorded); `approved` = applied; `stale` = the object changed after the proposal,
 * nothing written; `failed` = the approver's guardrails or the platform refused the write.
 */
export type RequestState = z.infer<typeof requestStateSchema>;
/** States a lead's decision leads to (`decision` is set). */
export const DECIDED_STATES: readonly RequestState[] = ['applying', 'approved', 'rejected', 'stale', 'failed'];

const text = (max: number) => z.string().max(max);
/** Stored optional fields are written as null; a store may also leave them out. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

export const personSchema = z.strictObject({ id: text(200), name: text(200), email: text(320) });
export type Person = z.infer<typeof personSchema>;

export const REQUEST_LIMITS = {
  comment: 2000,
  /** the proposed value as JSON text (the contracts bound a value to 64 KiB) */
  valueText: 100_000,
} as const;

export const storedRuleSchema = approvalRuleSchema.extend({ index: z.number().int().min(0).max(1000) });
export type StoredRule = z.infer<typeof storedRuleSchema>;

export const storedDecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  by: personSchema,
  /** ISO 8601, the function's clock */
  at: text(40),
  comment: text(REQUEST_LIMITS.comment),
});

export const storedOutcomeSchema = z.strictObject({
  at: text(40),
  /** the object created, changed or deleted */
  objectId: nullable(text(1000)),
  /** the diagnostic code that stopped the write (`approval/stale`, a guardrail code, …) */
  code: nullable(text(200)),
  message: text(2000),
});
export type StoredOutcome = z.infer<typeof storedOutcomeSchema>;

export const storedChangeRequestSchema = z.strictObject({
  format: z.literal(STORED_FORMAT),
  teamId: teamIdSchema,
  schemaId: z.enum(ALERTING_SCHEMA_IDS),
  operation: changeOperationSchema,
  /** the object changed or deleted (null for a create) */
  objectId: nullable(text(1000)),
  /** the object's updateToken when it was proposed: the approval writes with it */
  baseUpdateToken: nullable(text(4000)),
  /** the proposed value as JSON text (null for a delete) */
  value: nullable(text(REQUEST_LIMITS.valueText)),
  objectName: text(500),
  comment: text(REQUEST_LIMITS.comment),
  rule: storedRuleSchema,
  /** as the proposer's function saw the caller; verified against the store's `createdBy` */
  proposer: personSchema,
  state: requestStateSchema,
  decision: nullable(storedDecisionSchema),
  withdrawnAt: nullable(text(40)),
  outcome: nullable(storedOutcomeSchema),
});
export type StoredChangeRequest = z.infer<typeof storedChangeRequestSchema>;
export type StoredChangeRequestInput = z.input<typeof storedChangeRequestSchema>;

/** What the store itself records about an entry (never written by the app). */
export interface StoredEntryMeta {
  objectId: string;
  /** the optimistic-locking version: changes on every write */
  version: string;
  createdBy: string;
  createdTime: string;
  lastModifiedBy: string;
  lastModifiedTime: string;
}

export interface StoredEntry extends StoredEntryMeta {
  value: unknown;
}

/** A stored value that parses, or undefined (a broken or foreign entry decides nothing). */
export function parseStoredRequest(value: unknown): StoredChangeRequest | undefined {
  const parsed = storedChangeRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The proposed value, or null (delete, or text that is not a JSON object). */
export function proposedValueOf(stored: StoredChangeRequest): Record<string, unknown> | null {
  if (stored.value === null) return null;
  try {
    const v = JSON.parse(stored.value) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
