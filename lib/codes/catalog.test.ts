/**
 * The catalog holds every code the project emits, each once, and nothing it never emits: the
 * source of lib/, api/, ui/, local/ and cli/ is scanned for string literals shaped like a code of
 * a catalogued area (`'guardrail/scope/foreign-zone'`), outside tests and the `codes.ts` files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { diagnosticSchema } from '../contracts/common';
import { SEVERITIES } from '../diagnostics';
import { ALL_CODES, CATALOG_AREAS, DIAGNOSTIC_CODES, isDiagnosticCode } from './index';

const root = path.join(__dirname, '../..');
const SCANNED = ['lib', 'api', 'ui', 'local', 'cli'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'testdata', 'dist'].includes(e.name) ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test(-support)?\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
const declarations = new Set(Object.keys(CATALOG_AREAS));
const files = SCANNED.flatMap((d) => sources(path.join(root, d))).filter((f) => !declarations.has(relative(f)) && relative(f) !== 'lib/codes/index.ts');
const areas = [...new Set(ALL_CODES.map((c) => c.split('/')[0]!))];
const CODE_LITERAL = new RegExp(`['"]((?:${areas.join('|')})(?:/[a-z0-9][a-z0-9-]*)+)['"]`, 'g');

/** code → the files that emit it */
const emitted = new Map<string, string[]>();
for (const file of files) {
  for (const m of fs.readFileSync(file, 'utf8').matchAll(CODE_LITERAL)) emitted.set(m[1]!, [...(emitted.get(m[1]!) ?? []), relative(file)]);
}

describe('the diagnostic code catalog', () => {
  it('finds the codes the source emits (the scan works)', () => {
    expect(emitted.get('guardrail/scope/foreign-zone')).toContain('lib/guardrails/rules/scope.ts');
    expect(emitted.get('iam/parse/unterminated-string')).toContain('lib/iam/parser/lexer.ts');
    expect(emitted.get('ui/network')).toContain('ui/app/hooks/callFunction.ts');
  });

  it('declares every code the source emits', () => {
    expect([...emitted].filter(([code]) => !isDiagnosticCode(code)).map(([code, where]) => `${code} (${where.join(', ')})`)).toEqual([]);
  });

  it('declares no code the source never emits', () => {
    expect(ALL_CODES.filter((code) => !emitted.has(code))).toEqual([]);
  });

  it('declares each code once, in the codes.ts file it names', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, codes] of Object.entries(CATALOG_AREAS)) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const code of Object.keys(codes)) {
        if (seen.has(code)) twice.push(`${code} (${seen.get(code)}, ${file})`);
        seen.set(code, file);
        expect({ code, declaredIn: text.includes(`'${code}'`) ? file : 'elsewhere' }).toEqual({ code, declaredIn: file });
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(ALL_CODES.length);
  });

  it('lists every codes.ts of lib/ as an area', () => {
    const codeFiles = sources(path.join(root, 'lib')).map(relative).filter((f) => f.endsWith('/codes.ts'));
    expect(codeFiles.sort()).toEqual([...declarations].sort());
  });

  it('gives each code a shape, a severity and a one-line lowercase summary without trailing period', () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      const ok = /^[a-z]+(\/[a-z0-9][a-z0-9-]*)+$/.test(code) && SEVERITIES.includes(info.severity)
        && /^[a-z`]/.test(info.summary) && !/[.\n]$/.test(info.summary) && !info.summary.includes('\n');
      expect({ code, ok }).toEqual({ code, ok: true });
    }
  });

  it('is the set of codes the function contracts admit', () => {
    const d = (code: string) => diagnosticSchema.safeParse({ code, severity: 'error', message: 'm' }).success;
    expect(ALL_CODES.every(d)).toBe(true);
    expect(d('guardrail/scope/nowhere')).toBe(false);
    expect(d('nobody/never-declared')).toBe(false);
  });
});
