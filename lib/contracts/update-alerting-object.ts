/** Contract of `update-alerting-object`: optimistic-locked update of a team object. */
import * as z from '../zod';
import { findingSchema, objectIdSchema, refusingIllFormedText, resultSchema, settingsValueSchema, updateTokenSchema } from './common';

export const updateAlertingObjectRequestSchema = refusingIllFormedText(z.strictObject({
  objectId: objectIdSchema,
  value: settingsValueSchema,
  updateToken: updateTokenSchema,
}));
export type UpdateAlertingObjectRequest = z.infer<typeof updateAlertingObjectRequestSchema>;

export const updateAlertingObjectResponseSchema = resultSchema({
  objectId: z.string(),
  findings: z.array(findingSchema),
});
export type UpdateAlertingObjectResponse = z.infer<typeof updateAlertingObjectResponseSchema>;

/** `update-alerting-object`: what it accepts and what it answers. */
export const updateAlertingObjectContract = { request: updateAlertingObjectRequestSchema, response: updateAlertingObjectResponseSchema };
