/**
 * Token advisor: the platform-token scopes a team's Monitoring-as-Code pipeline (Monaco or dtctl
 * deploying the team's alerting settings) needs, and what each dtctl safety level's recommended
 * token (seed 004, copied verbatim, cumulative as the seed describes) grants beyond that.
 * Token scopes are not zone-aware: only IAM policies bound to the token's (service) user can
 * limit the pipeline to the team's management zones. Every scope name is checked against the
 * permission catalog (scope-check.ts): seed 004 names several that are no Dynatrace permission,
 * and a token carrying them gets nothing from them.
 */
import { checkScope, type ScopeCheck } from './scope-check';

export type SafetyLevel = 'readonly' | 'readwrite-mine' | 'readwrite-all' | 'dangerously-unrestricted';
export const SAFETY_LEVELS: readonly SafetyLevel[] = ['readonly', 'readwrite-mine', 'readwrite-all', 'dangerously-unrestricted'];

/** Scopes each level adds to the one before (seed 004 "Scopes by Safety Level"). */
export const SAFETY_LEVEL_ADDED_SCOPES: Readonly<Record<SafetyLevel, readonly string[]>> = {
  readonly: [
    'automation:workflows:read', 'automation:calendars:read', 'automation:rules:read', 'document:documents:read',
    'document:documents:share', 'document:trash-documents:read', 'document:environment-shares:read', 'storage:events:read',
    'storage:logs:read', 'storage:metrics:read', 'storage:entities:read', 'storage:bizevents:read', 'storage:spans:read',
    'storage:system:read', 'storage:fieldsets:read', 'storage:buckets:read', 'settings:objects:read', 'settings:schemas:read',
    'app-engine:apps:read', 'app-engine:edge-connects:read', 'extension:extensions:read', 'hub:catalog:read',
    'state:app-states:read', 'state:user-app-states:read', 'davis:analyzers:read', 'slo:read',
    'openPipeline:configurations:read', 'iam:policies:read', 'iam:bindings:read', 'iam:groups:read', 'iam:users:read',
    'iam:service-users:read', 'notification:notifications:read',
  ],
  'readwrite-mine': [
    'automation:workflows:write', 'automation:workflows:run', 'automation:calendars:write', 'automation:rules:write',
    'document:documents:write', 'document:documents:delete', 'document:trash-documents:delete', 'settings:objects:write',
    'extension:extensions:write', 'davis:analyzers:write', 'slo:write', 'openPipeline:configurations:write',
    'notification:notifications:write',
  ],
  'readwrite-all': [
    'document:documents:admin', 'document:environment-shares:write', 'document:environment-shares:claim',
    'app-engine:apps:install', 'app-engine:apps:delete', 'app-engine:edge-connects:write', 'app-engine:edge-connects:delete',
    'hub:catalog:write', 'state:app-states:write', 'state:user-app-states:write', 'iam:policies:write', 'iam:bindings:write',
    'iam:groups:write', 'iam:service-users:write',
  ],
  'dangerously-unrestricted': [
    'storage:buckets:write', 'storage:buckets:delete', 'storage:events:write', 'storage:logs:write', 'storage:metrics:write',
    'storage:bizevents:write', 'storage:spans:write', 'storage:fieldsets:write',
  ],
};

/** All scopes of a level (each level includes the ones before it). */
export function scopesOfLevel(level: SafetyLevel): string[] {
  const upto = SAFETY_LEVELS.slice(0, SAFETY_LEVELS.indexOf(level) + 1);
  return [...new Set(upto.flatMap((l) => SAFETY_LEVEL_ADDED_SCOPES[l]))];
}

export interface TokenAdvisorOptions {
  /** The pipeline only plans/diffs (no deploy): write is not needed. */
  readOnly?: boolean;
  /** The pipeline also reads the schema definitions (Monaco and dtctl do, to validate and download). */
  readsSchemas?: boolean;
}

export interface ScopeNeed { scope: string; why: string }

export interface LevelAdvice {
  level: SafetyLevel;
  scopeCount: number;
  /** Scopes of the level that are not Dynatrace permissions (grant nothing). */
  unknown: string[];
  /** Minimal scopes the level lacks: the pipeline cannot run with a token of this level alone. */
  missing: string[];
  /** Scopes beyond the minimum that a token made "per level" would carry. */
  extra: string[];
  sufficient: boolean;
}

export interface TokenAdvice {
  minimal: ScopeNeed[];
  levels: LevelAdvice[];
  /** Every scope name of the levels that is not a Dynatrace permission, with the likely real one. */
  unknownScopes: Array<ScopeCheck & { level: SafetyLevel }>;
  /** The smallest level whose token is sufficient, if any. */
  smallestSufficientLevel?: SafetyLevel;
  notes: string[];
}

export const TOKEN_NOTES: readonly string[] = [
  'token scopes cannot be limited to management zones: `settings:objects:write` on a token reaches every settings object its user may write',
  "only IAM policies bound to the token's user or service user can keep the pipeline inside the team's zones: bind the team's generated policy to that service user",
  "a platform token acts with the intersection of its scopes and its user's IAM permissions, so create it for a service user that has only the team's policy",
  'dtctl safety levels are a client-side guardrail; the token scopes and IAM decide what the pipeline can really do',
];

export function tokenAdvisor(options: TokenAdvisorOptions = {}): TokenAdvice {
  const minimal: ScopeNeed[] = [{ scope: 'settings:objects:read', why: 'read current alerting objects to diff and update them (update tokens)' }];
  if (!options.readOnly) minimal.push({ scope: 'settings:objects:write', why: 'create, update and delete the team\'s alerting objects' });
  if (options.readsSchemas !== false) minimal.push({ scope: 'settings:schemas:read', why: 'read schema definitions to validate and download settings' });
  const need = minimal.map((m) => m.scope);
  const levels: LevelAdvice[] = SAFETY_LEVELS.map((level) => {
    const scopes = scopesOfLevel(level);
    const missing = need.filter((s) => !scopes.includes(s));
    const unknown = scopes.filter((s) => !checkScope(s).known);
    return { level, scopeCount: scopes.length, unknown, missing, extra: scopes.filter((s) => !need.includes(s)), sufficient: missing.length === 0 };
  });
  const unknownScopes = SAFETY_LEVELS.flatMap((level) => SAFETY_LEVEL_ADDED_SCOPES[level].map(checkScope).filter((c) => !c.known).map((c) => ({ ...c, level })));
  const smallest = levels.find((l) => l.sufficient);
  const notes = [...TOKEN_NOTES, `${unknownScopes.length} scope names of the dtctl levels (seed 004) are not in the IAM policy reference, so a platform token gets nothing from them; where a real permission is likely meant, it is named`];
  const advice: TokenAdvice = { minimal, levels, unknownScopes, notes };
  if (smallest) advice.smallestSufficientLevel = smallest.level;
  return advice;
}
