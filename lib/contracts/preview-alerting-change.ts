/**
 * Contract of `preview-alerting-change`: "will this succeed?" — guardrail findings plus the
 * Settings API's own `validateOnly` answer. Nothing is written.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, approvalRequirementSchema, diagnosticSchema, findingSchema, objectIdSchema, refusingIllFormedText, resultSchema, settingsValueSchema, teamIdRefSchema } from './common-refs';

export const previewAlertingChangeRequestSchema = refusingIllFormedText(z.strictObject({
  schemaId: alertingSchemaIdSchema,
  value: settingsValueSchema,
  objectId: objectIdSchema.optional(),
  teamId: teamIdRefSchema.optional(),
}));
export type PreviewAlertingChangeRequest = z.infer<typeof previewAlertingChangeRequestSchema>;

export const previewAlertingChangeResponseSchema = resultSchema({
  /** true when the guardrails and the Settings validation would both let the write through, and no approval rule holds it back */
  allowed: z.boolean(),
  /** the team's approval rule the change falls under: it can only be proposed (`propose-alerting-change`) */
  approval: approvalRequirementSchema.nullable(),
  teamId: z.string().nullable(),
  findings: z.array(findingSchema),
  /** the Settings API's `validateOnly` answer: its constraint violations (`settings/constraint-violation` at their paths) or refusal */
  validation: z.strictObject({
    valid: z.boolean(),
    violations: z.array(diagnosticSchema),
  }),
});
export type PreviewAlertingChangeResponse = z.infer<typeof previewAlertingChangeResponseSchema>;

/** `preview-alerting-change`: what it accepts and what it answers. */
export const previewAlertingChangeContract = { request: previewAlertingChangeRequestSchema, response: previewAlertingChangeResponseSchema };
