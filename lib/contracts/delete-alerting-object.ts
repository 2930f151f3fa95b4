/**
 * Contract of `delete-alerting-object`: optimistic-locked delete of a team object. An alerting
 * profile that problem notifications still use is not deleted alone (they would be left pointing
 * at nothing, invisible to every team): the answer lists them, and the caller may confirm deleting
 * them together, each with the updateToken it was shown.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, failureSchema, findingSchema, LIMITS, objectIdSchema, refusingIllFormedText, updateTokenSchema } from './common';

/** A dependant the caller confirmed to delete together with the object, at the version it saw. */
export const confirmedDependantSchema = z.strictObject({ objectId: objectIdSchema, updateToken: updateTokenSchema });

export const deleteAlertingObjectRequestSchema = refusingIllFormedText(z.strictObject({
  objectId: objectIdSchema,
  updateToken: updateTokenSchema,
  /** delete these dependants first (all of the object's current dependants must be among them) */
  withDependants: z.array(confirmedDependantSchema).max(LIMITS.maxDependants).optional(),
}));
export type DeleteAlertingObjectRequest = z.infer<typeof deleteAlertingObjectRequestSchema>;

/** An object that refers to the one being deleted (today: a problem notification to its alerting profile). */
export const dependantSchema = z.strictObject({
  objectId: z.string(),
  schemaId: alertingSchemaIdSchema,
  name: z.string(),
  updateToken: z.string(),
  /** one of the caller's teams owns it and may delete it, so it can be deleted together */
  deletable: z.boolean(),
  /** after a delete together that stopped half-way: whether this one is gone */
  deleted: z.boolean().optional(),
});
export type Dependant = z.infer<typeof dependantSchema>;

export const deleteAlertingObjectFailureSchema = failureSchema.extend({ dependants: z.array(dependantSchema).optional() });
export type DeleteAlertingObjectFailure = z.infer<typeof deleteAlertingObjectFailureSchema>;

export const deleteAlertingObjectResponseSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('ok'),
    objectId: z.string(),
    findings: z.array(findingSchema),
    /** the dependants deleted together with the object */
    deletedDependants: z.array(z.string()),
  }),
  deleteAlertingObjectFailureSchema,
]);
export type DeleteAlertingObjectResponse = z.infer<typeof deleteAlertingObjectResponseSchema>;

/** `delete-alerting-object`: what it accepts and what it answers. */
export const deleteAlertingObjectContract = { request: deleteAlertingObjectRequestSchema, response: deleteAlertingObjectResponseSchema };
