/**
 * Privilege diff between two policy sets: requests that B allows and A denies ("new access") and
 * the reverse. Works by enumerating, per permission, a representative of every region the
 * policies' literal values cut the attribute space into (each value, a value extending each
 * prefix, a value matching each wildcard, an unrelated value, the attribute missing) and
 * evaluating both sets. Beyond `maxCombinations` per permission a deterministic sample is used
 * and `complete` is false. `${global:…}` values are not enumerated.
 */
import type { Condition } from '../types';
import { compilePolicySet, type CompiledPolicySet, type PolicyBinding, type Reason } from '../evaluator/compile';
import { evaluate } from '../evaluator/evaluate';

export interface AccessWitness {
  permission: string;
  attributes: Record<string, string>;
  grantedBy: Reason[];
}

export interface PrivilegeDiff {
  /** What B grants that A does not. */
  newAccess: AccessWitness[];
  /** What A grants that B does not. */
  lostAccess: AccessWitness[];
  noNewAccess: boolean;
  complete: boolean;
}

export interface DiffOptions {
  maxCombinations?: number;
  maxWitnessesPerPermission?: number;
}

const OTHER = '\u0000other';

function conditionsOf(set: CompiledPolicySet, permission: string): Condition[] {
  const r = set.rules.get(permission);
  if (!r) return [];
  return [...r.allow, ...r.deny].flatMap((s) => [...s.source]);
}

function candidates(conds: readonly Condition[]): Map<string, Array<string | undefined>> {
  const byName = new Map<string, Set<string | undefined>>();
  for (const c of conds) {
    const set = byName.get(c.name) ?? new Set<string | undefined>([undefined, OTHER]);
    for (const v of c.values) {
      if (v.parts.some((p) => p.kind !== 'text')) continue;
      set.add(v.raw);
      if (c.operator === 'startsWith' || c.operator === 'NOT startsWith') set.add(`${v.raw}~x`);
      if (c.operator === 'MATCH') set.add(v.raw.replace(/\*/g, 'x'));
      if (c.operator === '<' || c.operator === '>') { set.add(`${v.raw}0`); set.add(v.raw.slice(0, -1)); }
    }
    byName.set(c.name, set);
  }
  return new Map([...byName].map(([k, v]) => [k, [...v]]));
}

function* combos(space: Map<string, Array<string | undefined>>, max: number): Generator<Record<string, string>, boolean> {
  const names = [...space.keys()];
  const sizes = names.map((n) => (space.get(n) as unknown[]).length);
  const total = sizes.reduce((a, b) => a * b, 1);
  const pick = (index: number): Record<string, string> => {
    const attrs: Record<string, string> = {};
    let rest = index;
    names.forEach((n, i) => {
      const size = sizes[i] as number;
      const v = (space.get(n) as Array<string | undefined>)[rest % size];
      rest = Math.floor(rest / size);
      if (v !== undefined) attrs[n] = v;
    });
    return attrs;
  };
  if (total <= max) {
    for (let i = 0; i < total; i++) yield pick(i);
    return true;
  }
  let seed = 0x2545f491;
  for (let i = 0; i < max; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    yield pick(Math.floor((seed / 0x100000000) * total));
  }
  return false;
}

function oneWay(from: CompiledPolicySet, to: CompiledPolicySet, opts: Required<DiffOptions>): { witnesses: AccessWitness[]; complete: boolean } {
  const witnesses: AccessWitness[] = [];
  let complete = true;
  for (const permission of to.rules.keys()) {
    const space = candidates([...conditionsOf(from, permission), ...conditionsOf(to, permission)]);
    const it = combos(space, opts.maxCombinations);
    let found = 0;
    for (let r = it.next(); ; r = it.next()) {
      if (r.done) { if (!r.value) complete = false; break; }
      const req = { permission, attributes: r.value };
      const after = evaluate(to, req);
      if (after.decision !== 'allow' || evaluate(from, req).decision === 'allow') continue;
      witnesses.push({ permission, attributes: r.value, grantedBy: after.reasons });
      if (++found >= opts.maxWitnessesPerPermission) break;
    }
  }
  return { witnesses, complete };
}

export function diffPrivileges(a: readonly PolicyBinding[] | CompiledPolicySet, b: readonly PolicyBinding[] | CompiledPolicySet, options: DiffOptions = {}): PrivilegeDiff {
  const opts: Required<DiffOptions> = { maxCombinations: options.maxCombinations ?? 20000, maxWitnessesPerPermission: options.maxWitnessesPerPermission ?? 3 };
  const ca = Array.isArray(a) ? compilePolicySet(a) : (a as CompiledPolicySet);
  const cb = Array.isArray(b) ? compilePolicySet(b) : (b as CompiledPolicySet);
  const gained = oneWay(ca, cb, opts);
  const lost = oneWay(cb, ca, opts);
  return { newAccess: gained.witnesses, lostAccess: lost.witnesses, noNewAccess: gained.witnesses.length === 0, complete: gained.complete && lost.complete };
}
