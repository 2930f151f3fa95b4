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
    const { services, permissions } = parseReference(seed);
    expect([services.length, permissions.length]).toEqual([29, 143]);
    expect(permissions.find((p) => p.name === 'settings:objects:write')?.conditions.find((c) => c.name === 'environment:management-zone')?.operators).toEqual(['IN', '=', 'startsWith']);
  });
});
