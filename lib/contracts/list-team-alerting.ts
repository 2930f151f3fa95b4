/** Contract of `list-team-alerting`: the alerting objects inside the caller's team scope. */
import * as z from '../zod';
import { alertingSchemaIdSchema, findingSchema, LIMITS, pageKeySchema, refusingIllFormedText, resultSchema, storedValueSchema, teamIdRefSchema } from './common-refs';

export const listTeamAlertingRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.strictObject({
    teamId: teamIdRefSchema.optional(),
    schemaIds: z.array(alertingSchemaIdSchema).min(1).max(5).optional(),
    pageKey: pageKeySchema.optional(),
    /**
     * answer after about this many items (default and at most 500): a small first answer renders
     * sooner; below 500 it carries no `guardrail/quota/over` finding where that would need a count
     * of the team's objects (its page key continues with them; the UI reads such rows again)
     */
    maxItems: z.number().int().min(1).max(LIMITS.maxListItems).optional(),
  }),
));
export type ListTeamAlertingRequest = z.infer<typeof listTeamAlertingRequestSchema>;

/** Stripping, not strict: see `findingSchema`. */
export const alertingItemSchema = z.object({
  objectId: z.string(),
  schemaId: alertingSchemaIdSchema,
  teamId: z.string(),
  value: storedValueSchema,
  summary: z.string(),
  findings: z.array(findingSchema),
  modified: z.number().nullable(),
  modifiedBy: z.string().nullable(),
});
export type AlertingItem = z.infer<typeof alertingItemSchema>;

export const listTeamAlertingResponseSchema = resultSchema({
  items: z.array(alertingItemSchema),
  nextPageKey: z.string().optional(),
});
export type ListTeamAlertingResponse = z.infer<typeof listTeamAlertingResponseSchema>;

/** `list-team-alerting`: what it accepts and what it answers. */
export const listTeamAlertingContract = { request: listTeamAlertingRequestSchema, response: listTeamAlertingResponseSchema };
