/**
 * What the newer IAM policy reference documents beyond seed 002 (the generated copy), as data:
 * operators added to existing conditions, conditions added to existing permissions, and whole
 * permissions. Sources (reference/dynatrace-facts.md §0):
 * - NEWER: "IAM policy reference", docs.dynatrace.com/docs/manage/identity-access-management/
 *   permission-management/manage-user-permissions-policies/advanced/iam-policystatements (scraped
 *   2026-03-01 in Yerkebulan-Ardabayev/dynatrace-docs-website, docs/en/…/iam-policystatements.md;
 *   facts S6/S8).
 * - GRAIL: "Permissions in Grail", docs.dynatrace.com/docs/platform/grail/organize-data/
 *   assign-permissions-in-grail (updated 2026-01-26; facts S6): bucket permissions take `=`,
 *   `STARTSWITH`, `IN` and "`MATCH`, tests for pattern matching for any pattern of a list", e.g.
 *   `ALLOW storage:buckets:read WHERE storage:bucket-name MATCH ("default_*", "common_logs");`, and
 *   record filters take `MATCH` for "for any value" semantics.
 * Nothing here is invented: an entry names the reference that lists it.
 */
import type { Operator } from '../types';
import type { RawCondition, RawPermission } from './catalog-types';

export interface OperatorAddition {
  /** Permissions the addition applies to. */
  permissions: RegExp;
  /** Conditions (of those permissions) that gain the operators. */
  conditions: RegExp;
  add: readonly Operator[];
  source: 'NEWER' | 'NEWER+GRAIL';
}

/**
 * NEWER lists `MATCH` for every `storage:` condition of the Grail table, bucket and fieldset
 * permissions below, except `storage:entities:read` (`=`, `IN`, `startsWith` only) and the
 * `storage:file-path` / `storage:query-consumption` conditions; and for `environment:management-zone`
 * on the settings object permissions and on every `environment:roles:*` permission.
 */
export const OPERATOR_ADDITIONS: readonly OperatorAddition[] = [
  {
    permissions: /^storage:(events|metrics|logs|spans|bizevents|system|buckets|fieldsets|smartscape|user\.events|user\.sessions|application\.snapshots):read$/,
    conditions: /^storage:(?!file-path$|query-consumption$)/,
    add: ['MATCH'],
    source: 'NEWER+GRAIL',
  },
  { permissions: /^settings:objects:(read|write)$|^environment:roles:/, conditions: /^environment:management-zone$/, add: ['MATCH'], source: 'NEWER' },
];

export interface ConditionAddition { permissions: RegExp; condition: RawCondition }

export const CONDITION_ADDITIONS: readonly ConditionAddition[] = [
  {
    permissions: /^settings:objects:(read|write)$/,
    condition: {
      name: 'settings:dt.security_context',
      description: 'The name of a security context. This condition is applicable to any settings object that is allowed on the scope of an entity that can have a security context assigned.',
      operators: ['IN', '=', 'startsWith'],
    },
  },
  {
    permissions: /^storage:buckets:read$/,
    condition: {
      name: 'storage:query-consumption',
      description: 'If it is set to `INCLUDED`, the query returns data only from the configured included timeframe of buckets. If set to `ON_DEMAND`, it returns data from the entire timeframe.',
      operators: ['='],
    },
  },
];

const IAM_URI: RawCondition[] = [
  { name: 'iam:policyUuid', description: 'Policy uuid in the URI.', operators: ['=', 'IN'] },
  { name: 'iam:levelType', description: 'Level type in the URI.', operators: ['=', 'IN'] },
  { name: 'iam:boundGroup', description: 'Group uuid in the URI.', operators: ['=', 'IN'] },
];

const GRAIL_USER_DATA: RawCondition[] = [
  { name: 'storage:bucket-name', description: 'This condition reduces the effect of the record-level permission to a defined list of buckets.', operators: ['=', '!=', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith'] },
  { name: 'storage:dt.security_context', description: 'Custom field for security context.', operators: ['=', 'IN', 'startsWith'] },
  { name: 'storage:frontend.name', description: 'The name of the frontend.', operators: ['=', 'IN', 'startsWith'] },
];

/** Permissions NEWER lists and seed 002 lacks, that this project meets (seed 003, seed 004, facts §3.8). */
export const PERMISSION_ADDITIONS: readonly RawPermission[] = [
  { name: 'iam:policies:read', service: 'iam', description: 'Grants permission to read policies', conditions: [] },
  { name: 'iam:policies:write', service: 'iam', description: 'Grants permission to create policies', conditions: [] },
  { name: 'iam:bindings:read', service: 'iam', description: 'Grants permission to read bindings', conditions: IAM_URI },
  { name: 'iam:bindings:write', service: 'iam', description: 'Grants permission to create bindings', conditions: IAM_URI },
  { name: 'iam:boundaries:read', service: 'iam', description: 'Grants permission to read boundaries', conditions: [] },
  { name: 'iam:boundaries:write', service: 'iam', description: 'Grants permission to create boundaries', conditions: [] },
  {
    name: 'iam:effective-permissions:read', service: 'iam', description: 'Grants permission to read effective permissions',
    conditions: [
      { name: 'iam-param:entity-type', description: 'Entity type in the query parameters. Allowed values: `group`, `user`.', operators: ['='] },
      { name: 'iam-param:entity-id', description: 'Entity id of given entity-type in the query parameters.', operators: ['=', 'IN'] },
    ],
  },
  { name: 'iam:limits:read', service: 'iam', description: 'Grants permission to read limits', conditions: [] },
  { name: 'notification:notifications:read', service: 'notification', description: 'Grants permission to read notification configurations.', conditions: [] },
  { name: 'notification:notifications:write', service: 'notification', description: 'Grants permission to write notification configurations.', conditions: [] },
  // the IAM API's user directory (docs "Identity and Access Management API" / @dynatrace-sdk/client-iam:
  // "Required scope: iam:users:read"; granted as `ALLOW iam:users:read;`): people by name in the app
  { name: 'iam:users:read', service: 'iam', description: 'Grants permission to read the active users of the account (id, e-mail, name).', conditions: [] },
  // also used by the default policy "Storage All Grail Data Read" (seed 003)
  { name: 'storage:user.events:read', service: 'storage', description: 'Read user.events from grail', conditions: GRAIL_USER_DATA },
];
