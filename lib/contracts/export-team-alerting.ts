/**
 * Contract of `export-team-alerting`: one team's alerting as a Monaco v2 project or as Terraform
 * (a file map). Secrets are never in the files: they become environment parameters / sensitive
 * variables without a value.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, refusingIllFormedText, resultSchema, teamIdRefSchema } from './common-refs';
import { macDiagnosticSchema, macFormatSchema } from './config-as-code-common';

export const exportTeamAlertingRequestSchema = refusingIllFormedText(z.strictObject({
  /** which of the caller's teams (required when the caller is in several) */
  teamId: teamIdRefSchema.optional(),
  format: macFormatSchema,
  /** export only these schemas (default: all five) */
  schemaIds: z.array(alertingSchemaIdSchema).min(1).max(5).optional(),
}));
export type ExportTeamAlertingRequest = z.infer<typeof exportTeamAlertingRequestSchema>;

export const exportTeamAlertingResponseSchema = resultSchema({
  teamId: z.string(),
  format: macFormatSchema,
  /** path → text */
  files: z.record(z.string(), z.string()),
  /** how many of the team's objects the files describe */
  objectCount: z.number().int(),
  diagnostics: z.array(macDiagnosticSchema),
});
export type ExportTeamAlertingResponse = z.infer<typeof exportTeamAlertingResponseSchema>;

/** `export-team-alerting`: what it accepts and what it answers. */
export const exportTeamAlertingContract = { request: exportTeamAlertingRequestSchema, response: exportTeamAlertingResponseSchema };
