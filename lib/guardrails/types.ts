/**
 * Types of the guardrail engine: what a rule sees (`GuardrailInput`), what it says (diagnostics
 * with guardrail codes, which the engine turns into `Finding`s: the diagnostic plus the rule and
 * its mode), and the per-schema knowledge it needs (`AlertingKnowledge`, over `lib/alerting`).
 */
import type { Finding } from '../contracts/common';
import type { Diagnostic } from '../diagnostics';
import type { GuardrailCode } from './codes';
import type { RuleMode, TeamMapping } from '../teams/model';
import type { ZoneTable } from '../teams/zones';

export type { Finding };

/** A zone reference found in a value: numeric id and/or name, and where it is. */
export interface ZoneRef {
  id?: string;
  name?: string;
  path: string;
}

/** Who owns an object, as far as its value says. */
export type ObjectScope =
  | { kind: 'zones'; zones: ZoneRef[] }
  | { kind: 'via-alerting-profile'; profileId: string; path: string }
  | { kind: 'global'; path: string }
  | { kind: 'unresolvable'; path: string; reason: string };

export interface NotificationTargets {
  type: string;
  typePath: string;
  emails: Array<{ address: string; path: string }>;
  urls: Array<{ url: string; path: string }>;
  slackChannels: Array<{ channel: string; path: string }>;
}

/** Per-schema knowledge the rules need; `lib/guardrails/alerting-knowledge.ts` builds it from `lib/alerting`. */
export interface AlertingKnowledge {
  isAlertingSchema(schemaId: string): boolean;
  scopeOf(schemaId: string, value: unknown): ObjectScope;
  /** the object's display name and its path, or undefined when the schema has none */
  nameOf(schemaId: string, value: unknown): { name: string; path: string } | undefined;
  /** notification targets, only for `builtin:problem.notifications` */
  notificationTargetsOf(schemaId: string, value: unknown): NotificationTargets | undefined;
}

export interface GuardrailInput {
  operation: 'create' | 'update' | 'delete';
  schemaId: string;
  /** the caller's team the write is checked against (chosen from the caller's identity) */
  team: TeamMapping;
  /** all teams, to name the owner of a foreign zone in messages */
  allTeams: readonly TeamMapping[];
  zones: ZoneTable;
  /** current value (update, delete) */
  before?: unknown;
  /** new value (create, update) */
  after?: unknown;
  /** value of an alerting profile by objectId, for notifications (undefined: not found / not readable) */
  alertingProfile(objectId: string): unknown;
  /** objects of this schema the team owns now, for quotas on create (undefined: unknown) */
  existingCount?: number;
  /** a listed object (unchanged value) beyond the team's quota for the schema, in the quota's order: a finding */
  beyondQuota?: boolean;
  knowledge: AlertingKnowledge;
}

export interface GuardrailDecision {
  allowed: boolean;
  findings: Finding[];
}

/** What a rule finds, at the value path it is about; its severity is set by the engine from the rule's mode. */
export type RuleDiagnostic = Diagnostic<GuardrailCode>;

export interface Rule {
  name: string;
  mode(team: TeamMapping): RuleMode;
  /** what breaks the rule; the engine turns each into a finding by the mode (fail-closed codes: always enforced, codes.ts) */
  check(input: GuardrailInput): RuleDiagnostic[];
}
