/**
 * Contract of `list-change-requests`: the caller's own change requests and, for a lead, every
 * request of the teams they lead — newest first, optionally of one team and one state.
 */
import * as z from '../zod';
import { refusingIllFormedText, resultSchema, teamIdRefSchema } from './common-refs';
import { changeRequestSchema, requestStateSchema } from './change-request';

export const listChangeRequestsRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.strictObject({
    teamId: teamIdRefSchema.optional(),
    state: requestStateSchema.optional(),
  }),
));
export type ListChangeRequestsRequest = z.infer<typeof listChangeRequestsRequestSchema>;

export const listChangeRequestsResponseSchema = resultSchema({
  requests: z.array(changeRequestSchema),
  /** more requests are stored than one answer lists (the newest are listed) */
  truncated: z.boolean(),
});
export type ListChangeRequestsResponse = z.infer<typeof listChangeRequestsResponseSchema>;

/** `list-change-requests`: what it accepts and what it answers. */
export const listChangeRequestsContract = { request: listChangeRequestsRequestSchema, response: listChangeRequestsResponseSchema };
