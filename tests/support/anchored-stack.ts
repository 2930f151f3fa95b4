/**
 * The local stack the scoping tests share: the demo tenant, its oracle, and one anchor alerting
 * profile per zone ('' = global) that notifications are written against.
 */
import { startLocalStack, type LocalStack } from './local-stack';
import { SCHEMAS, type ScopeOracle } from './scope-oracle';
import { adminCreate, oracleFor, uniq, valueFor } from './scoping-fixtures';

export interface AnchoredStack {
  stack: LocalStack;
  oracle: ScopeOracle;
  /** anchor alerting profile per zone name ('' = global) */
  anchors: Map<string, string>;
}

/** The prefix a well-behaved author would use for these zones: the owning team's, else checkout's. */
export function prefixFor(oracle: ScopeOracle, zones: string[]): string {
  const owner = oracle.tenant.teams.find((t) => zones.length > 0 && zones.every((z) => t.zones.includes(z)))
    ?? oracle.tenant.teams.find((t) => t.zones.includes(zones[0] ?? ''));
  return owner?.prefix ?? '[checkout] ';
}

export async function startAnchoredStack(): Promise<AnchoredStack> {
  const stack = await startLocalStack();
  const oracle = oracleFor(stack);
  const zones = ['Checkout', 'Payments', 'Search', 'Mobile App', 'Infrastructure', ''];
  const ids = await adminCreate(stack, zones.map((z) => ({
    schemaId: SCHEMAS.profile,
    value: valueFor(oracle, SCHEMAS.profile, `${prefixFor(oracle, z ? [z] : [])}anchor ${z || 'global'} ${uniq()}`, z ? [z] : []),
  })));
  const anchors = new Map<string, string>();
  zones.forEach((z, i) => anchors.set(z, ids[i]!));
  return { stack, oracle, anchors };
}
