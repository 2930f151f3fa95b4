/**
 * The permission catalog: the generated copy of the IAM policy reference (seed 002) plus the
 * newer documented facts it lacks (reference/dynatrace-facts.md §3.3–3.4): `MATCH` on
 * `environment:management-zone`, `settings:dt.security_context` on settings object permissions,
 * the `global:` conditions, and permissions that the default policies (seed 003) use but the
 * older reference does not list. Lookups are O(1).
 */
import type { Operator } from '../types';
import type { RawPermission, RawService } from './catalog-types';
import { GENERATED_PERMISSIONS, GENERATED_SERVICES } from './reference';

export type CatalogSource = 'reference' | 'newer-reference' | 'default-policies';

export interface CatalogCondition {
  name: string;
  description: string;
  operators: readonly Operator[];
}

export interface CatalogPermission {
  name: string;
  service: string;
  description: string;
  conditions: readonly CatalogCondition[];
  source: CatalogSource;
}

export interface PermissionCatalog {
  services: readonly RawService[];
  permissions: readonly CatalogPermission[];
  globalConditions: readonly CatalogCondition[];
  permission(name: string): CatalogPermission | undefined;
  /** The condition as defined for this permission (global conditions apply to every permission). */
  condition(permission: string, condition: string): CatalogCondition | undefined;
  hasService(service: string): boolean;
  /** Every condition name defined for some permission, with the union of its operators. */
  conditionNames(): ReadonlyMap<string, ReadonlySet<Operator>>;
}

const ALL_OPS: readonly Operator[] = ['=', '!=', '<', '>', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH'];

function toOperator(op: string): Operator | undefined {
  return ALL_OPS.find((o) => o.toLowerCase() === op.toLowerCase());
}

const GLOBAL_CONDITIONS: readonly CatalogCondition[] = [
  { name: 'global:environmentId', description: 'The ID of the environment the request is made in.', operators: ['=', '!=', 'IN', 'NOT IN'] },
  { name: 'global:userGroup', description: 'The group IDs of the calling user.', operators: ['=', '!=', 'IN', 'NOT IN'] },
  { name: 'global:date', description: 'The date of the request, ISO 8601 with time zone, e.g. `2022-05-03Z`.', operators: ['<', '>', '='] },
  { name: 'global:date-time', description: 'The date and time of the request, e.g. `2022-05-03T05:00:00+01:00`.', operators: ['<', '>'] },
  { name: 'global:time-of-day', description: 'The time of day of the request, e.g. `09:00+01:00`.', operators: ['<', '>'] },
  { name: 'global:week-day', description: 'The week day of the request (GMT), e.g. `Monday`.', operators: ['=', '!=', 'IN'] },
];

const SECURITY_CONTEXT: CatalogCondition = {
  name: 'settings:dt.security_context',
  description: 'Applicable to any settings object that is allowed on the scope of an entity that can have a security context assigned.',
  operators: ['IN', '=', 'startsWith'],
};

/**
 * Documented after seed 002: the IAM API's user directory (docs "Identity and Access Management
 * API" / `@dynatrace-sdk/client-iam`: "Required scope: iam:users:read"; granted in policies as
 * `ALLOW iam:users:read, iam:groups:read;`), without conditions.
 */
const NEWER_PERMISSIONS: readonly RawPermission[] = [
  { name: 'iam:users:read', service: 'iam', description: 'Grants permission to read the active users of the account (id, e-mail, name).', conditions: [] },
];

const DEFAULT_POLICY_PERMISSIONS: readonly RawPermission[] = [
  { name: 'storage:user.events:read', service: 'storage', description: 'Grants permission to read records from the user.events table (used by the default policy "Storage All Grail Data Read").', conditions: [] },
];

function amend(p: RawPermission): CatalogPermission {
  let source: CatalogSource = 'reference';
  const conditions: CatalogCondition[] = p.conditions.map((c) => {
    const operators = c.operators.map(toOperator).filter((o): o is Operator => o !== undefined);
    if (c.name === 'environment:management-zone' && !operators.includes('MATCH')) {
      operators.push('MATCH');
      source = 'newer-reference';
    }
    return { name: c.name, description: c.description, operators };
  });
  if ((p.name === 'settings:objects:read' || p.name === 'settings:objects:write') && !conditions.some((c) => c.name === SECURITY_CONTEXT.name)) {
    conditions.push(SECURITY_CONTEXT);
    source = 'newer-reference';
  }
  return { name: p.name, service: p.service, description: p.description, conditions, source };
}

function build(): PermissionCatalog {
  const permissions: CatalogPermission[] = GENERATED_PERMISSIONS.map(amend);
  for (const p of NEWER_PERMISSIONS) {
    if (!permissions.some((x) => x.name === p.name)) permissions.push({ ...amend(p), source: 'newer-reference' });
  }
  for (const p of DEFAULT_POLICY_PERMISSIONS) {
    if (!permissions.some((x) => x.name === p.name)) permissions.push({ ...amend(p), source: 'default-policies' });
  }
  const byName = new Map(permissions.map((p) => [p.name, p]));
  const condIndex = new Map<string, Map<string, CatalogCondition>>();
  for (const p of permissions) condIndex.set(p.name, new Map(p.conditions.map((c) => [c.name, c])));
  const globals = new Map(GLOBAL_CONDITIONS.map((c) => [c.name, c]));
  const services = new Set(permissions.map((p) => p.service));
  const names = new Map<string, Set<Operator>>();
  for (const c of [...permissions.flatMap((p) => p.conditions), ...GLOBAL_CONDITIONS]) {
    const set = names.get(c.name) ?? new Set<Operator>();
    for (const o of c.operators) set.add(o);
    names.set(c.name, set);
  }
  return Object.freeze({
    services: GENERATED_SERVICES,
    permissions,
    globalConditions: GLOBAL_CONDITIONS,
    permission: (name: string) => byName.get(name),
    condition: (permission: string, condition: string) => globals.get(condition) ?? condIndex.get(permission)?.get(condition),
    hasService: (service: string) => services.has(service),
    conditionNames: () => names,
  });
}

export const permissionCatalog: PermissionCatalog = build();

export function isGlobalCondition(name: string): boolean {
  return name.startsWith('global:');
}
