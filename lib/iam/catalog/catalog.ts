/**
 * The permission catalog: the generated copy of the IAM policy reference (seed 002) plus what the
 * newer reference documents beyond it (newer-reference.ts, every entry with its source: `MATCH` on
 * `environment:management-zone` and on the Grail `storage:` conditions, e.g.
 * `storage:bucket-name MATCH ("a", "b")`; `settings:dt.security_context`; the IAM and notification
 * permissions), and the `global:` conditions (facts §3.4). Lookups are O(1).
 */
import type { Operator } from '../types';
import type { RawPermission, RawService } from './catalog-types';
import { GENERATED_PERMISSIONS, GENERATED_SERVICES } from './reference';
import { CONDITION_ADDITIONS, OPERATOR_ADDITIONS, PERMISSION_ADDITIONS } from './newer-reference';

/** `reference`: seed 002 as written; `newer-reference`: seed 002 amended by the newer reference; `added`: only in the newer reference. */
export type CatalogSource = 'reference' | 'newer-reference' | 'added';

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

/** The operator a reference token names; the generator refuses unknown tokens, so none is dropped here. */
export function toOperator(op: string): Operator | undefined {
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

function amend(p: RawPermission, base: CatalogSource): CatalogPermission {
  let source = base;
  const conditions: CatalogCondition[] = p.conditions.map((c) => {
    const operators = c.operators.map(toOperator).filter((o): o is Operator => o !== undefined);
    for (const a of OPERATOR_ADDITIONS) {
      if (!a.permissions.test(p.name) || !a.conditions.test(c.name)) continue;
      for (const op of a.add) {
        if (operators.includes(op)) continue;
        operators.push(op);
        if (source === 'reference') source = 'newer-reference';
      }
    }
    return { name: c.name, description: c.description, operators };
  });
  for (const a of CONDITION_ADDITIONS) {
    if (!a.permissions.test(p.name) || conditions.some((c) => c.name === a.condition.name)) continue;
    conditions.push({ ...a.condition, operators: a.condition.operators.map(toOperator).filter((o): o is Operator => o !== undefined) });
    if (source === 'reference') source = 'newer-reference';
  }
  return { name: p.name, service: p.service, description: p.description, conditions, source };
}

function build(): PermissionCatalog {
  const permissions: CatalogPermission[] = GENERATED_PERMISSIONS.map((p) => amend(p, 'reference'));
  for (const p of PERMISSION_ADDITIONS) {
    if (!permissions.some((x) => x.name === p.name)) permissions.push(amend(p, 'added'));
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
