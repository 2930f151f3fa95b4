/**
 * The catalog allows exactly the operators the IAM policy reference writes down: every condition
 * of seed 002, with every operator its `operators:` line lists, validates; every other operator is
 * refused unless the newer reference adds it (newer-reference.ts). The seed is read here with its
 * own small reader, independent of scripts/generate-iam-catalog.ts, so a generator that drops or
 * invents an operator fails this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicy } from '../index';
import { OPERATORS, type Operator } from '../types';
import { OPERATOR_ADDITIONS } from '../catalog/newer-reference';
import { SEEDS, seed003Policies } from './seeds.test-support';

interface SeedCondition { permission: string; condition: string; operators: string[] }

function seed002Conditions(): SeedCondition[] {
  const lines = readFileSync(join(SEEDS, '002_4d21053b8a87cc8f.txt'), 'utf8').split('\n').map((l) => l.trim());
  const out: SeedCondition[] = [];
  let permission = '';
  lines.forEach((l, i) => {
    if (/^[a-z0-9-]+:[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$/.test(l)) permission = l;
    const bullet = /^• (\S+) - /.exec(l);
    const ops = /^operators: (.*)$/.exec(lines[i + 1] ?? '');
    if (bullet && ops) out.push({ permission, condition: bullet[1] as string, operators: (ops[1] as string).split(',').map((o) => o.trim()) });
  });
  return out;
}

const LIST = new Set<Operator>(['IN', 'NOT IN', 'MATCH']);
const statement = (p: string, c: string, op: Operator): string => `ALLOW ${p} WHERE ${c} ${op} ${LIST.has(op) ? '("a", "b")' : '"a"'};\n`;
const catalogErrors = (text: string) => validatePolicy(text).filter((f) => f.severity === 'error').map((f) => f.code);

const conditions = seed002Conditions();

describe('operators per condition key, from seed 002', () => {
  it('reads every condition of the reference', () => {
    expect(conditions).toHaveLength(176);
    expect(new Set(conditions.map((c) => c.permission)).size).toBe(58);
  });

  it.each(conditions.map((c) => [`${c.permission} ${c.condition}`, c] as const))('%s: every listed operator validates, every other is refused', (_n, c) => {
    const added = OPERATOR_ADDITIONS.filter((a) => a.permissions.test(c.permission) && a.conditions.test(c.condition)).flatMap((a) => a.add);
    for (const op of OPERATORS) {
      const listed = c.operators.includes(op) || added.includes(op);
      expect([op, catalogErrors(statement(c.permission, c.condition, op))]).toEqual([op, listed ? [] : ['iam/validate/operator-not-allowed']]);
    }
  });

  it('accepts the Grail permission docs example `storage:bucket-name MATCH (…)`', () => {
    expect(validatePolicy('ALLOW storage:buckets:read WHERE storage:bucket-name MATCH ("default_*", "common_logs");')).toEqual([]);
    expect(validatePolicy('ALLOW storage:buckets:read WHERE storage:bucket-name MATCH ("a", "b");')).toEqual([]);
    expect(validatePolicy('ALLOW storage:logs:read WHERE storage:dt.security_context = "TeamA" AND storage:dt.host_group.id MATCH ("shared_host_*");')).toEqual([]);
  });
});

describe('conditions of the default policies (seed 003)', () => {
  it.each(seed003Policies().map((p) => [p.name, p] as const))('%s: no condition or operator is refused', (_n, p) => {
    const refused = validatePolicy(p.text).filter((f) => ['iam/validate/operator-not-allowed', 'iam/validate/unknown-condition'].includes(f.code));
    expect(refused).toEqual([]);
  });
});
