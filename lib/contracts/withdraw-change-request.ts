/** Contract of `withdraw-change-request`: the proposer takes back an open request, at the version shown. */
import * as z from '../zod';
import { objectIdSchema, refusingIllFormedText, resultSchema, updateTokenSchema } from './common';
import { changeRequestSchema } from './change-request';

export const withdrawChangeRequestRequestSchema = refusingIllFormedText(z.strictObject({
  id: objectIdSchema,
  /** the request's version as the proposer saw it */
  version: updateTokenSchema,
}));
export type WithdrawChangeRequestRequest = z.infer<typeof withdrawChangeRequestRequestSchema>;

export const withdrawChangeRequestResponseSchema = resultSchema({ request: changeRequestSchema });
export type WithdrawChangeRequestResponse = z.infer<typeof withdrawChangeRequestResponseSchema>;

/** `withdraw-change-request`: what it accepts and what it answers. */
export const withdrawChangeRequestContract = { request: withdrawChangeRequestRequestSchema, response: withdrawChangeRequestResponseSchema };
