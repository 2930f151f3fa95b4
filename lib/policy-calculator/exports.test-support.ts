/**
 * Test support of the calculator's export tests: parse each export back with a real parser of its
 * format and pull out every policy / boundary text it carries, so tests can re-validate them; and
 * golden files. Reads files, so it is test code (`*.test-support.ts`), never part of the library.
 * Parsed documents are untyped by nature (`any`), as in the parsers' own typings.
 */
import { parse as parseYaml } from 'yaml';
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: parseHcl } = require('@cdktf/hcl2json') as { parse: (file: string, text: string) => Promise<any> };

/** HCL literal → value: hcl2json keeps the template escapes `$${` / `%%{` as written. */
export function hclLiteral(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** True when a string from hcl2json holds a live interpolation (`${` not escaped as `$${`). */
export function hasInterpolation(s: string): boolean {
  return /(^|[^$])\$\{/.test(s) || /(^|[^%])%\{/.test(s);
}

export async function parseTerraform(text: string): Promise<any> {
  return parseHcl('main.tf', text);
}

export function parseMonaco(text: string): any {
  return parseYaml(text);
}

const goldenDir = path.join(__dirname, 'testdata', 'golden');

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
