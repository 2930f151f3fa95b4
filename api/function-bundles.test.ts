/**
 * Each app function's bundle holds only its own contract: zod schemas are built when a module is
 * loaded and a bundler must keep them, so a function that imported every contract built all of
 * them on every call (~25 ms of each js-runtime call here). Bundled with the esbuild dt-app uses
 * for functions, read from the build's metafile.
 */
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const apiDir = __dirname;
const functionNames = fs.readdirSync(apiDir).filter((f) => f.endsWith('.function.ts')).map((f) => f.replace('.function.ts', ''));
const contractModules = fs.readdirSync(path.join(apiDir, '../lib/contracts')).filter((f) => !f.endsWith('.test.ts'));
/** the contract module of each function: teams.ts holds the three team-mapping functions */
const contractOf = (name: string) => (contractModules.includes(`${name}.ts`) ? `${name}.ts` : 'teams.ts');
const ownContractModules = new Set(functionNames.map(contractOf));

function bundledSources(name: string): string[] {
  const result = buildSync({
    entryPoints: [path.join(apiDir, `${name}.function.ts`)],
    bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, metafile: true, outfile: 'out.js', logLevel: 'silent',
  });
  // the output's inputs with bytes in it: `metafile.inputs` also lists modules tree-shaken away
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([input]) => path.relative(path.join(apiDir, '..'), path.resolve(input)));
}

describe.each(functionNames)('the bundle of %s', (name) => {
  const sources = bundledSources(name);

  it('holds its own contract and no other function’s', () => {
    const contracts = sources.filter((s) => s.startsWith('lib/contracts/')).map((s) => path.basename(s));
    expect(contracts).toContain(contractOf(name));
    expect(contracts.filter((c) => ownContractModules.has(c) && c !== contractOf(name))).toEqual([]);
    expect(contracts).not.toContain('registry.ts');
  });

  it('leaves out zod’s locales other than English (member imports, tree-shaken)', () => {
    expect(sources.filter((s) => s.includes('node_modules/zod/') && s.includes('/locales/') && !s.endsWith('/en.js'))).toEqual([]);
  });
});

it('finds all twenty functions', () => {
  expect(functionNames).toHaveLength(20);
});
