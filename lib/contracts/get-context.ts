/** Contract of `get-context`: who the caller is, their teams and rules, and what they may do. */
import * as z from '../zod';
import { alertingSchemaIdSchema, diagnosticSchema, emptyRequestSchema, resultSchema } from './common';
import { APP_PAGES } from '../access/pages';
import { approvalRuleSchema, namingRuleSchema, notificationRulesSchema, quotaSchema, ruleModeSchema } from '../teams/model';

export const getContextRequestSchema = emptyRequestSchema;
export type GetContextRequest = z.infer<typeof getContextRequestSchema>;

/** A management zone of the team with its numeric id (`null` when no zone of that name exists). */
export const teamZoneSchema = z.strictObject({ name: z.string(), id: z.string().nullable() });
export type TeamZone = z.infer<typeof teamZoneSchema>;

export const teamRulesSchema = z.strictObject({
  naming: namingRuleSchema.optional(),
  allowedSchemas: z.array(z.string()),
  notifications: notificationRulesSchema,
  quotas: z.array(quotaSchema),
  scopeMode: ruleModeSchema,
  /** changes that need a lead's approval */
  approvals: z.array(approvalRuleSchema),
});

export const allowedActionSchema = z.strictObject({
  schemaId: alertingSchemaIdSchema,
  read: z.boolean(),
  create: z.boolean(),
  update: z.boolean(),
  delete: z.boolean(),
});
export type AllowedAction = z.infer<typeof allowedActionSchema>;

export const callerTeamSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(['lead', 'member']),
  managementZones: z.array(teamZoneSchema),
  rules: teamRulesSchema,
  allowedActions: z.array(allowedActionSchema),
});
export type CallerTeam = z.infer<typeof callerTeamSchema>;

/**
 * What the caller may do in the app beyond writing alerting (decided by one rule, lib/access):
 * pages show and hide by it; every function checks access on its own.
 */
export const callerCapabilitiesSchema = z.strictObject({
  /** ids of the caller's teams (of `teams`) whose review the caller may open */
  reviewTeamIds: z.array(z.string()),
  /** may create, edit and delete team mappings and see alerting outside every team */
  manageTeams: z.boolean(),
  /** ids of the caller's teams (of `teams`) whose change requests the caller may decide */
  decideTeamIds: z.array(z.string()),
  /** the app areas the caller may use, in navigation order (the navigation shows exactly these) */
  pages: z.array(z.enum(APP_PAGES)),
  /** teams the caller is not in but may review read-only (admins: every other team) */
  readOnlyReviewTeams: z.array(z.strictObject({ id: z.string(), name: z.string(), managementZones: z.array(teamZoneSchema) })),
});
export type CallerCapabilities = z.infer<typeof callerCapabilitiesSchema>;

/** One effective permission as the platform resolved it for the caller. */
export const effectivePermissionSchema = z.strictObject({
  permission: z.string(),
  schemaId: z.string(),
  granted: z.enum(['true', 'false', 'condition']),
});

export const getContextResponseSchema = resultSchema({
  user: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }),
  teams: z.array(callerTeamSchema),
  isAdmin: z.boolean(),
  capabilities: callerCapabilitiesSchema,
  permissions: z.array(effectivePermissionSchema),
  /** what stands in the caller's way although the call succeeded (e.g. `context/zone-table-unreadable`) */
  warnings: z.array(diagnosticSchema).optional(),
});
export type GetContextResponse = z.infer<typeof getContextResponseSchema>;

/** `get-context`: what it accepts and what it answers. */
export const getContextContract = { request: getContextRequestSchema, response: getContextResponseSchema };
