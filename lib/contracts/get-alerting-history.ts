/** Contract of `get-alerting-history`: revisions of the caller's team objects (who, when, before/after). */
import * as z from 'zod';
import { alertingSchemaIdSchema, objectIdSchema, pageKeySchema, refusingIllFormedText, resultSchema, storedValueSchema, teamIdRefSchema } from './common-refs';

export const getAlertingHistoryRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.strictObject({
    objectId: objectIdSchema.optional(),
    teamId: teamIdRefSchema.optional(),
    pageKey: pageKeySchema.optional(),
  }),
));
export type GetAlertingHistoryRequest = z.infer<typeof getAlertingHistoryRequestSchema>;

export const revisionSchema = z.strictObject({
  objectId: z.string(),
  schemaId: alertingSchemaIdSchema,
  teamId: z.string(),
  revision: z.string().nullable(),
  type: z.enum(['CREATE', 'DELETE', 'NO_CHANGE', 'REORDER', 'UPDATE']).nullable(),
  modifiedBy: z.string().nullable(),
  /** ISO 8601 */
  modifiedTime: z.string().nullable(),
  /** the app that made the change; null when it was made outside any app (API, classic UI) */
  appId: z.string().nullable(),
  before: storedValueSchema.nullable(),
  after: storedValueSchema.nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const getAlertingHistoryResponseSchema = resultSchema({
  revisions: z.array(revisionSchema),
  nextPageKey: z.string().optional(),
});
export type GetAlertingHistoryResponse = z.infer<typeof getAlertingHistoryResponseSchema>;

/** `get-alerting-history`: what it accepts and what it answers. */
export const getAlertingHistoryContract = { request: getAlertingHistoryRequestSchema, response: getAlertingHistoryResponseSchema };
