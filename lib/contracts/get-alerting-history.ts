/**
 * Contract of `get-alerting-history`: revisions of the caller's team objects (who, when,
 * before/after) in a time range the user chose: `from`/`to` (ISO 8601 with offset), by default
 * the last 30 days, at most one year; the answer says which range it covers. Revisions come newest
 * first across the five schemas; `nextPageKey` continues with older ones.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, objectIdSchema, pageKeySchema, refusingIllFormedText, resultSchema, storedValueSchema, teamIdRefSchema } from './common-refs';

export const getAlertingHistoryRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.strictObject({
    objectId: objectIdSchema.optional(),
    teamId: teamIdRefSchema.optional(),
    pageKey: pageKeySchema.optional(),
    /**
     * answer once this many revisions are collected (the platform is read in pages of this size;
     * whole pages, so an answer may hold more); without it an answer reads up to 20 pages of 500
     */
    pageSize: z.number().int().min(1).max(500).optional(),
    /** start of the range (inclusive); default: `to` − 30 days */
    from: z.iso.datetime({ offset: true }).optional(),
    /** end of the range (inclusive); default: now */
    to: z.iso.datetime({ offset: true }).optional(),
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

/** The range a history answer covers (ISO 8601, UTC). */
export const historyRangeSchema = z.strictObject({ from: z.string(), to: z.string() });
export type HistoryRange = z.infer<typeof historyRangeSchema>;

export const getAlertingHistoryResponseSchema = resultSchema({
  revisions: z.array(revisionSchema),
  range: historyRangeSchema,
  nextPageKey: z.string().optional(),
});
export type GetAlertingHistoryResponse = z.infer<typeof getAlertingHistoryResponseSchema>;

/** `get-alerting-history`: what it accepts and what it answers. */
export const getAlertingHistoryContract = { request: getAlertingHistoryRequestSchema, response: getAlertingHistoryResponseSchema };
