/**
 * Local platform benchmark: seeds 20,000 objects (5 schemas × 4 owners: three teams and the
 * rest) through `/_local/seed-bulk`, then measures the latency of listing a page of 500 objects
 * over HTTP with a member token (IAM filtering on every object) and with the admin token.
 * Goal: ≤ 20 ms median. Prints JSON and writes bench-results/platform.json.
 */
import fs from 'node:fs';
import { runBench, writeBenchResult } from './support/report';
import os from 'node:os';
import path from 'node:path';
import { startPlatformServer } from '../local/platform/server';
import { quantile } from './support/stats';

const SCHEMAS = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];
const OWNERS: Array<string | undefined> = ['checkout', 'search', 'mobile', undefined];
const PER_SCHEMA_AND_OWNER = 1000;
const RUNS = 60;
const WARMUP = 10;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-bench-'));
  const server = await startPlatformServer({ dataDir, reset: true });
  try {
    const seedStart = performance.now();
    for (const schemaId of SCHEMAS) {
      for (const teamId of OWNERS) {
        const r = await fetch(`${server.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId, count: PER_SCHEMA_AND_OWNER, ...(teamId ? { teamId } : {}) }) });
        if (r.status !== 200) throw new Error(`seed-bulk failed: ${r.status} ${await r.text()}`);
      }
    }
    const seedMs = performance.now() - seedStart;
    const tenant = server.platform.tenant();
    const token = (prefix: string) => tenant.personas.find((p) => p.email.startsWith(prefix))!.token;
    const url = `${server.url}/platform/classic/environment-api/v2/settings/objects?schemaIds=${SCHEMAS.join(',')}&pageSize=500&fields=objectId,summary,value,modified`;

    const measure = async (who: string) => {
      const times: number[] = [];
      let total = 0;
      let items = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const t0 = performance.now();
        const r = await fetch(url, { headers: { authorization: `Bearer ${token(who)}` } });
        const body = (await r.json()) as { items: unknown[]; totalCount: number };
        const dt = performance.now() - t0;
        if (r.status !== 200) throw new Error(`list failed: ${r.status}`);
        if (i >= WARMUP) times.push(dt);
        total = body.totalCount;
        items = body.items.length;
      }
      return { persona: who, pageItems: items, totalCount: total, medianMs: +quantile(times, 0.5).toFixed(2), p95Ms: +quantile(times, 0.95).toFixed(2) };
    };
    const member = await measure('max');
    const admin = await measure('ada');
    const result = {
      bench: 'platform',
      objects: server.platform.tenant() && SCHEMAS.length * OWNERS.length * PER_SCHEMA_AND_OWNER,
      seedMs: Math.round(seedMs),
      listPage500: { member, admin },
      goalMedianMs: 20,
      meetsGoal: member.medianMs <= 20 && admin.medianMs <= 20,
      node: process.version,
      cpus: os.cpus().length,
    };
    writeBenchResult('platform', result);
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
