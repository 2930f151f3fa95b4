/**
 * The operations and SDK adapters as a deployed function runs them: bundled by esbuild with the
 * settings `dt-app build` uses for app functions (bundle, minify, target esnext). Run from the
 * TypeScript sources through tsx instead, every imported binding is a getter on a module object
 * (tsx transforms module by module), which a bundle hoists away — in the listing's per-object
 * path that was a fifth of the guardrails' CPU, a cost no deployed function pays.
 *
 * npm packages stay external, so the bundle shares the bench's SDK modules (and the `httpClient`
 * singleton the bench points at the platform with the persona's token): the guarded and the raw
 * side call the very same SDK code. The bundle is written under node_modules/.cache, from where
 * those packages resolve.
 */
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

type DeployedFunctions = typeof import('./deployed-functions.entry');

export function loadDeployedFunctions(root: string): DeployedFunctions {
  const outfile = path.join(root, 'node_modules/.cache/team-alerting-bench', `functions-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.join(__dirname, 'deployed-functions.entry.ts')],
    outfile, bundle: true, minify: true, target: 'esnext', platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning',
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built at run time
    return require(outfile) as DeployedFunctions;
  } finally {
    fs.rmSync(outfile, { force: true }); // loaded: one file per run would pile up otherwise
  }
}
