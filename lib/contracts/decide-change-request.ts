/**
 * Contract of `decide-change-request`: a lead of the request's team (never its proposer) approves
 * or rejects it at the `version` they reviewed. An approval writes the change with the lead's own
 * permissions; an object changed since the proposal answers `conflict` (`approval/stale`) and
 * nothing is written.
 */
import * as z from '../zod';
import { diagnosticSchema, objectIdSchema, refusingIllFormedText, resultSchema, updateTokenSchema } from './common';
import { changeRequestSchema, commentSchema } from './change-request';

export const decideChangeRequestRequestSchema = refusingIllFormedText(z.strictObject({
  id: objectIdSchema,
  /** the request's version as the lead reviewed it */
  version: updateTokenSchema,
  decision: z.enum(['approve', 'reject']),
  comment: commentSchema.optional(),
}));
export type DecideChangeRequestRequest = z.infer<typeof decideChangeRequestRequestSchema>;

export const decideChangeRequestResponseSchema = resultSchema({
  request: changeRequestSchema,
  /** e.g. the change was written but its outcome could not be recorded */
  warnings: z.array(diagnosticSchema),
});
export type DecideChangeRequestResponse = z.infer<typeof decideChangeRequestResponseSchema>;

/** `decide-change-request`: what it accepts and what it answers. */
export const decideChangeRequestContract = { request: decideChangeRequestRequestSchema, response: decideChangeRequestResponseSchema };
