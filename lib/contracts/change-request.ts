/**
 * A change request as the change-request functions answer it (shared by `propose-alerting-change`,
 * `list-change-requests`, `decide-change-request` and `withdraw-change-request`; not a function's
 * contract itself). People are named as the store recorded them; `problems` lists what the
 * store's own record contradicts (an entry altered outside the app), and such an entry can never
 * be decided.
 */
import * as z from '../zod';
import { requestStateSchema } from '../approvals/stored-request';
import { alertingSchemaIdSchema, diagnosticSchema, storedValueSchema } from './common';
import { approvalRuleSchema, changeOperationSchema } from '../teams/model';

export { requestStateSchema };
export type ChangeRequestState = z.infer<typeof requestStateSchema>;

export const personViewSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type PersonView = z.infer<typeof personViewSchema>;

export const changeRequestSchema = z.object({
  /** the request's id (its store object id) */
  id: z.string(),
  /** the version the caller saw; a decision or withdrawal must send it back */
  version: z.string(),
  teamId: z.string(),
  schemaId: alertingSchemaIdSchema,
  operation: changeOperationSchema,
  objectId: z.string().nullable(),
  objectName: z.string(),
  /** the proposed value (create, update); secrets stay masked */
  value: storedValueSchema.nullable(),
  /** the object as the caller can read it now (update, delete; null when gone or unreadable) */
  current: z.object({ value: storedValueSchema, updateToken: z.string().nullable() }).nullable(),
  /** the object changed since the proposal: approving would be refused as stale */
  baseChanged: z.boolean(),
  comment: z.string(),
  rule: approvalRuleSchema.extend({ index: z.number(), description: z.string() }),
  proposer: personViewSchema,
  /** ISO 8601, as the store recorded the request's creation */
  proposedAt: z.string(),
  state: requestStateSchema,
  decision: z.object({ decision: z.enum(['approve', 'reject']), by: personViewSchema, at: z.string(), comment: z.string() }).nullable(),
  withdrawnAt: z.string().nullable(),
  outcome: z.object({ at: z.string(), objectId: z.string().nullable(), code: z.string().nullable(), message: z.string() }).nullable(),
  problems: z.array(diagnosticSchema),
  /** e-mails of the leads who can decide it (open requests; never the proposer) */
  waitingOn: z.array(z.string()),
  canDecide: z.boolean(),
  canWithdraw: z.boolean(),
});
export type ChangeRequestView = z.infer<typeof changeRequestSchema>;

export const commentSchema = z.string().max(2000);
