import fs from 'node:fs';
import path from 'node:path';
import { MAC_CODES, isMacCode } from './index';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testdata' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.test(-support)?\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('the diagnostic code catalog', () => {
  const text = sources(__dirname).filter((f) => !f.endsWith('codes.ts')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const used = new Set([...text.matchAll(/'(mac\/[a-z]+\/[a-z-]+)'/g)].map((m) => m[1]!));

  it('lists every code the library emits', () => {
    expect([...used].filter((c) => !isMacCode(c))).toEqual([]);
  });

  it('lists no code the library never emits', () => {
    expect(Object.keys(MAC_CODES).filter((c) => !used.has(c))).toEqual([]);
  });

  it('describes each code in a lowercase phrase without trailing period', () => {
    for (const [code, description] of Object.entries(MAC_CODES)) {
      expect({ code, ok: /^[a-z`]/.test(description) && !description.endsWith('.') }).toEqual({ code, ok: true });
    }
  });
});
