/** Contract of `create-alerting-object`: create an object inside the caller's team scope. */
import * as z from '../zod';
import { alertingSchemaIdSchema, findingSchema, refusingIllFormedText, resultSchema, settingsValueSchema, teamIdRefSchema } from './common-refs';

export const createAlertingObjectRequestSchema = refusingIllFormedText(z.strictObject({
  schemaId: alertingSchemaIdSchema,
  value: settingsValueSchema,
  /** selects one of the caller's own teams when the caller is in several; never grants anything */
  teamId: teamIdRefSchema.optional(),
}));
export type CreateAlertingObjectRequest = z.infer<typeof createAlertingObjectRequestSchema>;

export const createAlertingObjectResponseSchema = resultSchema({
  objectId: z.string(),
  /** warnings and dry-run findings that did not block the write */
  findings: z.array(findingSchema),
});
export type CreateAlertingObjectResponse = z.infer<typeof createAlertingObjectResponseSchema>;

/** `create-alerting-object`: what it accepts and what it answers. */
export const createAlertingObjectContract = { request: createAlertingObjectRequestSchema, response: createAlertingObjectResponseSchema };
