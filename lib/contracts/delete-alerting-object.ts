/** Contract of `delete-alerting-object`: optimistic-locked delete of a team object. */
import * as z from 'zod';
import { findingSchema, objectIdSchema, refusingIllFormedText, resultSchema, updateTokenSchema } from './common';

export const deleteAlertingObjectRequestSchema = refusingIllFormedText(z.strictObject({
  objectId: objectIdSchema,
  updateToken: updateTokenSchema,
}));
export type DeleteAlertingObjectRequest = z.infer<typeof deleteAlertingObjectRequestSchema>;

export const deleteAlertingObjectResponseSchema = resultSchema({
  objectId: z.string(),
  findings: z.array(findingSchema),
});
export type DeleteAlertingObjectResponse = z.infer<typeof deleteAlertingObjectResponseSchema>;

/** `delete-alerting-object`: what it accepts and what it answers. */
export const deleteAlertingObjectContract = { request: deleteAlertingObjectRequestSchema, response: deleteAlertingObjectResponseSchema };
