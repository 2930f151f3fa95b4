/**
 * Contract of `get-alerting-object`: one object of the caller's team, with its `updateToken`.
 * `teamId` narrows the owner to that team; an admin may name a team they review read-only.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, findingSchema, objectIdSchema, refusingIllFormedText, resultSchema, storedValueSchema } from './common';
import { teamIdRefSchema } from './common-refs';

export const getAlertingObjectRequestSchema = refusingIllFormedText(z.strictObject({ objectId: objectIdSchema, teamId: teamIdRefSchema.optional() }));
export type GetAlertingObjectRequest = z.infer<typeof getAlertingObjectRequestSchema>;

export const alertingObjectSchema = z.strictObject({
  objectId: z.string(),
  schemaId: alertingSchemaIdSchema,
  teamId: z.string(),
  value: storedValueSchema,
  updateToken: z.string(),
  summary: z.string(),
  modified: z.number().nullable(),
  modifiedBy: z.string().nullable(),
});
export type AlertingObject = z.infer<typeof alertingObjectSchema>;

export const getAlertingObjectResponseSchema = resultSchema({
  object: alertingObjectSchema,
  findings: z.array(findingSchema),
});
export type GetAlertingObjectResponse = z.infer<typeof getAlertingObjectResponseSchema>;

/** `get-alerting-object`: what it accepts and what it answers. */
export const getAlertingObjectContract = { request: getAlertingObjectRequestSchema, response: getAlertingObjectResponseSchema };
