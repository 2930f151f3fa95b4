/**
 * Config-as-code bench (`npx tsx bench/config-as-code.bench.ts`, part of `npm run bench`): a team
 * with 1,000 alerting objects (200 of each schema, seeded in one go) on the local platform,
 * through the built functions in the js-runtime, as the member would call them:
 * - `export-team-alerting` of the whole team (Monaco);
 * - `plan-alerting-changes` of that fresh export (1,000 unchanged objects);
 * - the same plan with 200 metric events edited (200 updates, each checked by the guardrails and
 *   by the Settings API's validateOnly).
 * Medians of 3 runs (plans write nothing, so runs repeat). Budget (issue 18): a plan of 1,000
 * objects ≤ 10 s. Writes `bench-results/config-as-code.json`. Uses the existing build with
 * TEAM_ALERTING_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import { runBench, writeBenchResult } from './support/report';
import path from 'node:path';
import { startLocalStack } from '../tests/support/local-stack';

const root = path.resolve(__dirname, '..');
const PER_SCHEMA = 200;
const SCHEMAS = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];
const RUNS = 3;
const BUDGET_MS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const r = await f();
  return [r, performance.now() - start];
}

async function main(): Promise<void> {
  if (process.env.TEAM_ALERTING_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [path.join(root, 'node_modules/dt-app/lib/src/bin.js'), 'build', '--optimize', '--enable-code-splitting'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const stack = await startLocalStack();
  try {
    for (const schemaId of SCHEMAS) {
      const r = await fetch(`${stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId, count: PER_SCHEMA, teamId: 'checkout' }) });
      if (!r.ok) throw new Error(`seed-bulk answered ${r.status}: ${await r.text()}`);
    }
    const exports: number[] = [];
    let files: Record<string, string> = {};
    let objects = 0;
    for (let i = 0; i < RUNS; i++) {
      const [r, ms] = await timed(() => stack.call('Max Member', 'export-team-alerting', { format: 'monaco' }));
      if (r.body.status !== 'ok') throw new Error(`export: ${JSON.stringify(r.body).slice(0, 500)}`);
      files = r.body.files;
      objects = r.body.objectCount;
      exports.push(ms);
    }
    const bytes = Object.entries(files).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

    const plan = async (project: Record<string, string>, expectUpdates: number) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [r, ms] = await timed(() => stack.call('Max Member', 'plan-alerting-changes', { files: project }));
        if (r.body.status !== 'ok' || r.body.steps.length !== expectUpdates || r.body.refused.length > 0) throw new Error(`plan: ${JSON.stringify(r.body).slice(0, 800)}`);
        times.push(ms);
      }
      return times;
    };
    const fresh = await plan(files, 0);
    const edited = { ...files };
    let changed = 0;
    for (const [file, text] of Object.entries(files)) {
      if (!file.includes('builtinanomaly-detection.metric-events/') || !file.endsWith('.json') || changed >= PER_SCHEMA) continue;
      edited[file] = text.replace(/"threshold": (\d+)/, (_m, n: string) => `"threshold": ${Number(n) + 1}`);
      if (edited[file] !== text) changed++;
    }
    const withUpdates = await plan(edited, changed);

    const result = {
      objects, files: Object.keys(files).length, projectBytes: bytes, runs: RUNS,
      exportMs: { median: median(exports), runs: exports },
      planFreshMs: { median: median(fresh), runs: fresh },
      planWithUpdatesMs: { updates: changed, median: median(withUpdates), runs: withUpdates },
      budgetMs: BUDGET_MS,
      met: median(fresh) <= BUDGET_MS && median(withUpdates) <= BUDGET_MS,
    };
    writeBenchResult('config-as-code', result);
    if (!result.met) process.exitCode = 1;
  } finally {
    await stack.close();
  }
}

runBench(main);
