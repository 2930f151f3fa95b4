/**
 * The layer boundaries and the file-size limit are lint rules (eslint.config.mjs), not habits:
 * these tests take the rules ESLint really applies to a file at each place of the tree and check
 * what they let through. A change to the config that opened a boundary fails here.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(__dirname, '..');
const FILES = ['lib/teams/x.ts', 'lib/teams/x.test.ts', 'ui/app/pages/X/X.tsx', 'api/x.function.ts', 'lib/iam/catalog/x.generated.ts', 'lib/zod.ts'] as const;
type Rules = Record<string, unknown>;
let effective: Record<string, Rules>;

beforeAll(() => {
  // one node process asks ESLint for the effective config of each path (the config is an ES module)
  const script = `import { ESLint } from 'eslint'; const e = new ESLint(); const out = {};
    for (const f of ${JSON.stringify(FILES)}) out[f] = (await e.calculateConfigForFile(f)).rules;
    console.log(JSON.stringify(out));`;
  effective = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, Rules>;
}, 60_000);

function problems(file: (typeof FILES)[number], code: string): string[] {
  const rules = effective[file]!;
  // only the rules under test, and only where the config sets them (an unset rule is off)
  const picked = Object.fromEntries(['no-restricted-imports', 'max-lines'].filter((r) => rules[r] !== undefined).map((r) => [r, rules[r]]));
  const config = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, rules: picked } as Linter.Config;
  return new Linter().verify(code, [config], { filename: path.join(root, file) }).map((m) => `${m.ruleId}`);
}
const importing = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('layer boundaries', () => {
  it.each([
    ['lib/teams/x.ts', '../../api/create-settings-object.function'],
    ['lib/teams/x.ts', '../../ui/app/App'],
    ['lib/teams/x.ts', '../../local/platform/model/object-id'],
    ['lib/teams/x.ts', '../../tests/support/local-stack'],
    ['lib/teams/x.ts', 'node:fs'],
    ['lib/teams/x.ts', 'fs'],
    ['lib/teams/x.ts', 'path'],
    ['lib/teams/x.test.ts', '../../local/platform/model/object-id'],
    ['ui/app/pages/X/X.tsx', '../../../../api/create-settings-object.function'],
    ['ui/app/pages/X/X.tsx', '../../../../local/platform/server'],
    ['ui/app/pages/X/X.tsx', '@dynatrace/strato-components'],
    ['api/x.function.ts', '../ui/app/App'],
    ['api/x.function.ts', '../local/host/server'],
    // zod only through lib/zod.ts, which configures it before any schema is built
    ['lib/teams/x.ts', 'zod'],
    ['ui/app/pages/X/X.tsx', 'zod'],
    ['api/x.function.ts', 'zod'],
  ] as const)('%s may not import %s', (file, spec) => {
    expect(problems(file, importing(spec))).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['lib/teams/x.ts', '../alerting/schema-ids'],
    ['lib/teams/x.ts', '../zod'],
    ['lib/zod.ts', 'zod'],
    ['lib/teams/x.test.ts', 'node:fs'],
    ['ui/app/pages/X/X.tsx', '../../../../lib/contracts'],
    ['ui/app/pages/X/X.tsx', '@dynatrace/strato-components/buttons'],
    ['api/x.function.ts', '../lib/functions'],
    ['api/x.function.ts', '@dynatrace-sdk/client-classic-environment-v2'],
  ] as const)('%s may import %s', (file, spec) => {
    expect(problems(file, importing(spec))).toEqual([]);
  });

  it('lets zod\'s types in anywhere (they build nothing)', () => {
    expect(problems('ui/app/pages/X/X.tsx', "import type * as z from 'zod';\nexport type Y = z.ZodType;\n")).toEqual([]);
  });
});

describe('file size', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n');
  it('allows 300 lines of hand-written source and refuses 301', () => {
    expect(problems('lib/teams/x.ts', lines(300))).toEqual([]);
    expect(problems('lib/teams/x.ts', lines(301))).toEqual(['max-lines']);
    expect(problems('ui/app/pages/X/X.tsx', lines(301))).toEqual(['max-lines']);
  });
  it('exempts generated files', () => {
    expect(problems('lib/iam/catalog/x.generated.ts', lines(301))).toEqual([]);
  });
});
