/**
 * Team mapping model: who belongs to a team, which management zones it owns, which alerting
 * rules apply to its writes and which changes need a lead's approval. Stored as one app-settings object per team (schema
 * `app:my.team.alerting:team-mappings`); this zod schema is the single source of the value shape,
 * shared by the UI, the functions and the settings schema file.
 */
import * as z from '../zod';

export const TEAM_MAPPING_SCHEMA_ID = 'app:my.team.alerting:team-mappings';

/** How strictly a rule is applied: block, let through with a warning, or only report. */
export const ruleModeSchema = z.enum(['enforce', 'warn', 'dry-run']);
export type RuleMode = z.infer<typeof ruleModeSchema>;

const email = z
  .string()
  .min(3)
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, { message: 'must be an e-mail address' });

export const teamIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'must be lowercase letters, digits and dashes (max 63)' });

/**
 * The team's scope. A discriminated union so that segments or security contexts can be added as
 * new kinds later without touching the rules that only ask "is this zone in scope".
 */
export const teamScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('management-zones'),
    managementZones: z.array(z.string().min(1).max(100)).max(200),
  }),
]);
export type TeamScope = z.infer<typeof teamScopeSchema>;

export const namingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('prefix'), value: z.string().min(1).max(100), mode: ruleModeSchema }),
  // the regex is checked for safety by `compileNamingPattern` (team validation rejects unsafe ones)
  z.strictObject({ kind: z.literal('pattern'), value: z.string().min(1).max(200), mode: ruleModeSchema }),
]);
export type NamingRule = z.infer<typeof namingRuleSchema>;

export const notificationRulesSchema = z.strictObject({
  allowedTypes: z.array(z.string().regex(/^[A-Z][A-Z_]{0,40}$/)).max(30),
  emailDomains: z.array(z.string().min(1).max(253)).max(100).default([]),
  webhookHosts: z.array(z.string().min(1).max(253)).max(100).default([]),
  slackChannels: z.array(z.string().min(1).max(200)).max(100).default([]),
  mode: ruleModeSchema,
});
export type NotificationRules = z.infer<typeof notificationRulesSchema>;

export const quotaSchema = z.strictObject({
  schemaId: z.string().min(1).max(200),
  max: z.number().int().min(0).max(100000),
  mode: ruleModeSchema.optional(),
});
export type Quota = z.infer<typeof quotaSchema>;

/** The three kinds of change the app makes to an alerting object. */
export const changeOperationSchema = z.enum(['create', 'update', 'delete']);
export type ChangeOperation = z.infer<typeof changeOperationSchema>;

/**
 * A change that needs a lead's approval: one of `schemaIds`, one of `operations` and — when
 * `zones` is given — touching one of these management zones (before or after the change).
 * Without `zones` the rule covers the team's every zone. Matching is `lib/approvals`' job.
 */
export const approvalRuleSchema = z.strictObject({
  schemaIds: z.array(z.string().min(1).max(200)).min(1).max(50),
  operations: z.array(changeOperationSchema).min(1).max(3),
  zones: z.array(z.string().min(1).max(100)).min(1).max(200).optional(),
});
export type ApprovalRule = z.infer<typeof approvalRuleSchema>;

export const teamMappingSchema = z.strictObject({
  id: teamIdSchema,
  displayName: z.string().min(1).max(100),
  members: z.array(email).max(1000),
  leads: z.array(email).max(200),
  scope: teamScopeSchema,
  /**
   * Zones of `scope` the team knowingly shares with another team that claims them too. Without
   * this, `upsert-team` refuses a zone another team owns. Sharing changes no write rule: an
   * object is the team's when every zone of it is one of the team's zones (the guardrails' scope
   * rule), so both teams may change the alerting of a shared zone, as IAM lets them.
   */
  sharedZones: z.array(z.string().min(1).max(100)).max(200).default([]),
  naming: namingRuleSchema.optional(),
  allowedSchemas: z.array(z.string().min(1).max(200)).max(50),
  notifications: notificationRulesSchema,
  quotas: z.array(quotaSchema).max(50).default([]),
  scopeMode: ruleModeSchema.default('enforce'),
  /** changes that need a lead's approval (proposed through the app, decided by another lead) */
  approvals: z.array(approvalRuleSchema).max(50).default([]),
});
export type TeamMapping = z.infer<typeof teamMappingSchema>;
/** The input shape (defaults not yet applied), e.g. what an admin form sends. */
export type TeamMappingInput = z.input<typeof teamMappingSchema>;

/** A stored team mapping with the app-settings metadata needed for optimistic locking. */
export interface StoredTeam {
  objectId: string;
  version: string;
  team: TeamMapping;
}

/** Management-zone names of a team's scope (the only scope kind today). */
export function teamZoneNames(team: TeamMapping): string[] {
  switch (team.scope.kind) {
    case 'management-zones':
      return team.scope.managementZones;
  }
}
