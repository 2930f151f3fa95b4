/** Contracts of the admin functions `list-teams`, `upsert-team` and `delete-team`. */
import * as z from '../zod';
import { diagnosticSchema, emptyRequestSchema, objectIdSchema, refusingIllFormedText, resultSchema, updateTokenSchema } from './common';
import { teamMappingSchema } from '../teams/model';

export const storedTeamSchema = z.strictObject({
  objectId: z.string(),
  version: z.string(),
  team: teamMappingSchema,
});

export const listTeamsRequestSchema = emptyRequestSchema;
export type ListTeamsRequest = z.infer<typeof listTeamsRequestSchema>;
export const listTeamsResponseSchema = resultSchema({
  teams: z.array(storedTeamSchema),
  /** validation findings across all teams (unknown zones, zones claimed twice, …), at `<teamId>/<path>` */
  diagnostics: z.array(diagnosticSchema),
  /** the names of the tenant's management zones, as the admin reads them (the team editor's zone picker) */
  zones: z.array(z.string()),
});
export type ListTeamsResponse = z.infer<typeof listTeamsResponseSchema>;

/** Create (no objectId) or replace (objectId + version for optimistic locking) one team. */
export const upsertTeamRequestSchema = refusingIllFormedText(z.union([
  z.strictObject({ team: teamMappingSchema }),
  z.strictObject({ team: teamMappingSchema, objectId: objectIdSchema, version: updateTokenSchema }),
]));
export type UpsertTeamRequest = z.infer<typeof upsertTeamRequestSchema>;
export const upsertTeamResponseSchema = resultSchema({
  objectId: z.string(),
  version: z.string().nullable(),
  /** what the validation reports but does not block (a declared shared zone), at `team/<path>` */
  warnings: z.array(diagnosticSchema),
});
export type UpsertTeamResponse = z.infer<typeof upsertTeamResponseSchema>;

export const deleteTeamRequestSchema = refusingIllFormedText(z.strictObject({ objectId: objectIdSchema, version: updateTokenSchema }));
export type DeleteTeamRequest = z.infer<typeof deleteTeamRequestSchema>;
export const deleteTeamResponseSchema = resultSchema({ objectId: z.string() });
export type DeleteTeamResponse = z.infer<typeof deleteTeamResponseSchema>;

/** `list-teams`: what it accepts and what it answers. */
export const listTeamsContract = { request: listTeamsRequestSchema, response: listTeamsResponseSchema };
/** `upsert-team`: what it accepts and what it answers. */
export const upsertTeamContract = { request: upsertTeamRequestSchema, response: upsertTeamResponseSchema };
/** `delete-team`: what it accepts and what it answers. */
export const deleteTeamContract = { request: deleteTeamRequestSchema, response: deleteTeamResponseSchema };
