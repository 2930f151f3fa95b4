/**
 * Contract of `list-unowned-alerting` (admins): alerting objects that sit in no team's scope —
 * global, in a zone no team maps, spanning several teams, or unreadable — with the reason, so an
 * admin can assign them to a team or clean them up.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, pageKeySchema, refusingIllFormedText, resultSchema } from './common-refs';

export const listUnownedAlertingRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.strictObject({
    schemaIds: z.array(alertingSchemaIdSchema).min(1).max(5).optional(),
    pageKey: pageKeySchema.optional(),
  }),
));
export type ListUnownedAlertingRequest = z.infer<typeof listUnownedAlertingRequestSchema>;

export const unownedReasonSchema = z.enum(['global', 'zone-without-team', 'spans-teams', 'profile-without-team', 'unresolvable']);
export type UnownedReason = z.infer<typeof unownedReasonSchema>;

export const unownedItemSchema = z.strictObject({
  objectId: z.string(),
  schemaId: alertingSchemaIdSchema,
  summary: z.string(),
  reason: unownedReasonSchema,
  /** a sentence naming the zones and teams involved */
  message: z.string(),
  /** management-zone names the object touches (ids when the zone is unknown) */
  zones: z.array(z.string()),
  modified: z.number().nullable(),
  modifiedBy: z.string().nullable(),
});
export type UnownedItem = z.infer<typeof unownedItemSchema>;

export const listUnownedAlertingResponseSchema = resultSchema({
  items: z.array(unownedItemSchema),
  nextPageKey: z.string().optional(),
});
export type ListUnownedAlertingResponse = z.infer<typeof listUnownedAlertingResponseSchema>;

/** `list-unowned-alerting`: what it accepts and what it answers. */
export const listUnownedAlertingContract = { request: listUnownedAlertingRequestSchema, response: listUnownedAlertingResponseSchema };
