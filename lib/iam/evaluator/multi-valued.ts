/**
 * How a condition treats a request attribute that carries several values (an array), decided per
 * condition key from what Dynatrace documents for that key. Dynatrace documents "any value"
 * semantics for two cases only; every other key fails closed. Only the evaluator reads this table
 * (to decide a condition) and the validator (a contradiction between two `=` on an "any" key is
 * none: an object can be in both groups).
 */
import type { Effect, Operator } from '../types';

/**
 * - `any`: the condition holds when one of the values satisfies a positive operator (`=`, `IN`,
 *   `startsWith`, `MATCH`). Negated operators (`!=`, `NOT IN`, `NOT startsWith`) are documented
 *   for none of these keys, so they keep the fail-closed rule: in an ALLOW every value must
 *   satisfy them (the object is in no listed group), in a DENY one value is enough.
 * - `match-any`: only `MATCH` has "for any value" semantics; `=`, `IN` and `startsWith` on an
 *   array never hold in an ALLOW (as documented); the rest is fail closed as `every`.
 * - `every` (the default, fail closed): in an ALLOW every value must satisfy the condition, in a
 *   DENY one value is enough.
 */
export type MultiValueRule = 'any' | 'match-any' | 'every';

interface RuleEntry { rule: MultiValueRule; source: string }

/**
 * Condition keys with documented multi-value semantics and the sentence that says so; a key
 * ending in `*` is a prefix. Keys not listed stay `every`: `environment:management-zone` names one
 * zone ("The name of a management zone", seed 002) and an object touching several zones must be
 * allowed in each of them; `settings:schemaId`, `settings:scope` and `shared:app-id` hold one
 * value by definition.
 */
export const MULTI_VALUE_RULES: Readonly<Record<string, RuleEntry>> = {
  // seed 002, settings:objects:read/write/admin; facts §7
  'settings:schemaGroup': { rule: 'any', source: 'The condition will match if the schema of the object has a schemaGroup property that matches.' },
  // Grail record fields: "Permissions in Grail", facts §3.2 (S6 assign-permissions-in-grail)
  'storage:*': { rule: 'match-any', source: 'Using `=`, `STARTSWITH` or `IN` when the field holds an array will always return `false`. … you must use the `MATCH` operator to get "for any value" set semantic.' },
};

export function multiValueRule(name: string): MultiValueRule {
  if (Object.hasOwn(MULTI_VALUE_RULES, name)) return (MULTI_VALUE_RULES[name] as RuleEntry).rule;
  for (const [key, entry] of Object.entries(MULTI_VALUE_RULES)) {
    if (key.endsWith('*') && name.startsWith(key.slice(0, -1))) return entry.rule;
  }
  return 'every';
}

const POSITIVE: ReadonlySet<Operator> = new Set(['=', 'IN', 'startsWith', 'MATCH']);

/** How many of the values must satisfy the single-value test: `some`, `all`, or `none` (never holds). */
export function arrayQuantifier(name: string, op: Operator, effect: Effect): 'some' | 'all' | 'never' {
  if (effect === 'DENY') return 'some';
  const rule = multiValueRule(name);
  if (rule === 'any' && POSITIVE.has(op)) return 'some';
  if (rule === 'match-any') {
    if (op === 'MATCH') return 'some';
    if (POSITIVE.has(op)) return 'never';
  }
  return 'all';
}
