/**
 * Evaluates schema preconditions (EQUALS, IN, NULL, NOT, AND, OR) against the sibling values
 * of an object. `get` returns the effective sibling value (sent value, else its default, else
 * undefined), so `type == "WEBHOOK"` holds when `type` is omitted and defaults to WEBHOOK.
 */
import type { Precondition } from './types';

function same(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}

export function preconditionHolds(p: Precondition | undefined, get: (property: string) => unknown, depth = 0): boolean {
  if (!p) return true;
  if (depth > 32) return false; // definitions are ours; this only guards against a broken one
  switch (p.type) {
    case 'EQUALS': return same(get(p.property), p.expectedValue);
    case 'IN': return p.expectedValues.some((e) => same(get(p.property), e));
    case 'NULL': return get(p.property) == null;
    case 'NOT': return !preconditionHolds(p.precondition, get, depth + 1);
    case 'AND': return p.preconditions.every((c) => preconditionHolds(c, get, depth + 1));
    case 'OR': return p.preconditions.some((c) => preconditionHolds(c, get, depth + 1));
    default: return false;
  }
}
