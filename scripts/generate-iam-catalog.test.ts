import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE, parseReference, renderCatalog, SEED_002 } from './generate-iam-catalog';
import { SEEDS } from '../lib/iam/testdata/seeds.test-support';

describe('generate-iam-catalog', () => {
  const seed = readFileSync(join(SEEDS, SEED_002), 'utf8');

  it('regenerating from seed 002 yields the committed file byte for byte', () => {
    expect(renderCatalog(seed)).toBe(readFileSync(CATALOG_FILE, 'utf8'));
  });

  it('reads every service and permission of the reference, conditions with their operators', () => {
    const { services, permissions, problems } = parseReference(seed);
    expect([services.length, permissions.length, problems]).toEqual([29, 143, []]);
    expect(permissions.find((p) => p.name === 'settings:objects:write')?.conditions.find((c) => c.name === 'environment:management-zone')?.operators).toEqual(['IN', '=', 'startsWith']);
    const conditions = permissions.flatMap((p) => p.conditions);
    expect(conditions).toHaveLength(seed.split('\n').filter((l) => l.trim().startsWith('operators:')).length);
    expect(conditions.every((c) => c.operators.length > 0)).toBe(true);
  });

  it('refuses a reference whose operators it does not understand instead of dropping them', () => {
    const unknown = seed.replace('operators: IN ,= ,startsWith\n', 'operators: IN ,= ,CONTAINS\n');
    expect(parseReference(unknown).problems).toEqual([expect.stringContaining('unknown operator `CONTAINS`')]);
    expect(() => renderCatalog(unknown)).toThrow(/not understood/);
    const missing = seed.replace(/\n( *)operators: IN ,= ,startsWith\n/, '\n');
    expect(parseReference(missing).problems).toEqual([expect.stringContaining('no `operators:` line')]);
  });
});
