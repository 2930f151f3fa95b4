/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process (one after another, so they
 * do not compete for the two cores), each writing `bench-results/<name>.json`, then prints a summary.
 * `npm run bench -- iam platform` runs only the named ones.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const benchDir = __dirname;
const resultsDir = path.resolve(benchDir, '..', 'bench-results');
const wanted = process.argv.slice(2);
const benches = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}
fs.mkdirSync(resultsDir, { recursive: true });
const failures: string[] = [];
for (const name of benches) {
  console.log(`\n=== bench: ${name} ===`);
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(benchDir, `${name}.bench.ts`)], { stdio: 'inherit', cwd: path.resolve(benchDir, '..') });
  if (run.status !== 0) failures.push(name);
}
console.log('\n=== summary ===');
for (const name of benches) {
  const file = path.join(resultsDir, `${name}.json`);
  console.log(`${name}: ${fs.existsSync(file) ? file : 'no result written'}`);
}
if (failures.length) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
