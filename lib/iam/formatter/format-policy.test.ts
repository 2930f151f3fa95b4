import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicy, formatBoundary, parsePolicy } from '../index';
import { seed003Policies } from '../testdata/seeds.test-support';

const DIR = join(__dirname, '..', 'testdata', 'format');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('formatPolicy golden files', () => {
  const inputs = readdirSync(DIR).filter((f) => f.endsWith('.input.iam')).sort();
  it.each(inputs)('%s', (file) => {
    const out = formatPolicy(readFileSync(join(DIR, file), 'utf8'));
    const golden = join(DIR, file.replace('.input.iam', '.golden.iam'));
    if (UPDATE) writeFileSync(golden, out);
    expect(out).toBe(readFileSync(golden, 'utf8'));
    expect(formatPolicy(out)).toBe(out);
  });
});

describe('formatPolicy', () => {
  it('is stable on every valid seed 003 policy', () => {
    for (const p of seed003Policies()) {
      if (parsePolicy(p.text).diagnostics.length > 0) continue;
      const once = formatPolicy(p.text);
      expect(formatPolicy(once)).toBe(once);
      expect(parsePolicy(once).policy.statements.length).toBe(parsePolicy(p.text).policy.statements.length);
    }
  });

  it('returns text with parse errors unchanged', () => {
    expect(formatPolicy('ALLOW ;')).toBe('ALLOW ;');
  });

  it('formats boundaries one condition per line', () => {
    expect(formatBoundary("storage:host.name='h'; // c\nenvironment:management-zone in ('a','b')")).toBe('storage:host.name = "h";\nenvironment:management-zone IN ("a", "b");\n');
  });
});
