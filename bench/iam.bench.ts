/**
 * IAM library benchmark (not a test): authorization checks per second of our evaluator vs
 * @cedar-policy/cedar-wasm (preparsed policy set + statefulIsAuthorized) on equivalent policies
 * and requests in the same run; parse + validate time of all seed 003 default policies; a 1M-input
 * parser fuzz run; memory. Prints a JSON report and writes bench-results/iam.json.
 * Run: `npx tsx bench/iam.bench.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { compilePolicySet, evaluate, parsePolicy, validatePolicy, type Condition, type Statement } from '../lib/iam';
import { generatePolicies } from '../lib/policy-calculator';
import { seed003Policies } from '../lib/iam/testdata/seeds.test-support';

const ZONES = ['Team A', 'Team B', 'Team C'];
const member = generatePolicies({ role: 'lead', zones: ZONES }).policies[0]?.text ?? '';
const standardUser = seed003Policies().find((p) => p.name === 'Standard User')?.text ?? '';
const extra = 'DENY settings:objects:write WHERE settings:schemaId = "builtin:alerting.profile" AND environment:management-zone = "Team C";\nALLOW settings:objects:read WHERE settings:schemaId startsWith "app:";\n';
const POLICY_TEXTS = [member, standardUser, extra];

// ---- Cedar translation of the same statements ----
const str = (s: string): string => JSON.stringify(s);
function cedarCondition(c: Condition): string {
  const a = `context[${str(c.name)}]`;
  const has = `context has ${str(c.name)}`;
  const vals = c.values.map((v) => v.raw);
  switch (c.operator) {
    case '=': return `${has} && ${a} == ${str(vals[0] ?? '')}`;
    case '!=': return `${has} && ${a} != ${str(vals[0] ?? '')}`;
    case 'IN': return `${has} && [${vals.map(str).join(', ')}].contains(${a})`;
    case 'NOT IN': return `${has} && ![${vals.map(str).join(', ')}].contains(${a})`;
    case 'startsWith': return `${has} && (${vals.map((v) => `${a} like ${str(`${v.replace(/\*/g, '\\*')}*`)}`).join(' || ')})`;
    case 'MATCH': return `${has} && (${vals.map((v) => `${a} like ${str(v)}`).join(' || ')})`;
    default: throw new Error(`operator ${c.operator} not translated`);
  }
}
function toCedar(texts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const t of texts) {
    for (const s of parsePolicy(t).policy.statements as Statement[]) {
      for (const p of s.permissions) {
        const when = s.conditions.length ? ` when { ${s.conditions.map(cedarCondition).join(' && ')} }` : '';
        out[`p${n++}`] = `${s.effect === 'ALLOW' ? 'permit' : 'forbid'}(principal, action == Action::${str(p.name)}, resource)${when};`;
      }
    }
  }
  return out;
}

// ---- requests ----
function requests(count: number): Array<{ permission: string; attributes: Record<string, string> }> {
  const schemas = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:monitoring.slo', 'builtin:management-zones', 'app:my.team.alerting:team-mappings'];
  const perms = ['settings:objects:write', 'settings:objects:read', 'settings:schemas:read', 'app-engine:apps:run', 'app-engine:functions:run', 'storage:logs:read', 'document:documents:read'];
  const zones = [...ZONES, 'Team X'];
  let seed = 42;
  const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  return Array.from({ length: count }, () => {
    const permission = perms[rnd(perms.length)] as string;
    const attributes: Record<string, string> = { 'settings:schemaId': schemas[rnd(schemas.length)] as string, 'environment:management-zone': zones[rnd(zones.length)] as string, 'shared:app-id': rnd(2) ? 'my.team.alerting' : 'other.app' };
    return { permission, attributes };
  });
}

function timeIt(minMs: number, fn: (i: number) => void): { ops: number; ms: number } {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let k = 0; k < 1000; k++) fn(ops++);
    now = performance.now();
  }
  return { ops, ms: now - start };
}

function main(): void {
  const reqs = requests(4096);
  const set = compilePolicySet(POLICY_TEXTS.map((text, i) => ({ name: `p${i}`, text })));
  const cedarPolicies = toCedar(POLICY_TEXTS);
  const pre = cedar.preparsePolicySet('iam-bench', { staticPolicies: cedarPolicies });
  if (pre.type !== 'success') throw new Error(`cedar preparse failed: ${JSON.stringify(pre)}`);
  const cedarCall = (r: (typeof reqs)[number]) => cedar.statefulIsAuthorized({
    principal: { type: 'User', id: 'u' }, action: { type: 'Action', id: r.permission }, resource: { type: 'Object', id: 'o' },
    context: r.attributes, preparsedPolicySetId: 'iam-bench', entities: [],
  });
  // Equivalence check on every request before timing.
  let agree = 0;
  for (const r of reqs) {
    const ours = evaluate(set, r).decision;
    const a = cedarCall(r);
    const theirs = a.type === 'success' ? a.response.decision : 'error';
    if (ours === theirs) agree++;
  }
  for (let i = 0; i < 20000; i++) evaluate(set, reqs[i & 4095] as (typeof reqs)[number]);
  const oursT = timeIt(1500, (i) => evaluate(set, reqs[i & 4095] as (typeof reqs)[number]));
  const cedarT = timeIt(3000, (i) => cedarCall(reqs[i & 4095] as (typeof reqs)[number]));
  const oursPerSec = (oursT.ops / oursT.ms) * 1000;
  const cedarPerSec = (cedarT.ops / cedarT.ms) * 1000;

  // Parse + validate of all seed 003 policies.
  const seeds = seed003Policies();
  const pvStart = performance.now();
  const rounds = 50;
  for (let k = 0; k < rounds; k++) for (const p of seeds) validatePolicy(p.text);
  const pvMs = (performance.now() - pvStart) / rounds;

  // Parser fuzz: 1M random inputs.
  const alphabet = ['ALLOW ', 'DENY ', 'WHERE ', 'AND ', 'IN ', 'NOT ', 'startsWith ', 'MATCH ', 'settings:objects:read', ',', ';', '(', ')', '"', "'", '=', '!=', '<', '>', '//', '\n', ' ', 'x', '${bindParam:a}', 'é', '\\', '*'];
  let seed = 7;
  const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  let bytes = 0;
  let fuzzMs = 0;
  let maxMs = 0;
  let crashes = 0;
  const N = 1_000_000;
  for (let i = 0; i < N; i++) {
    let s = '';
    const parts = rnd(24);
    for (let k = 0; k < parts; k++) s += alphabet[rnd(alphabet.length)];
    bytes += s.length;
    const t0 = performance.now();
    try { parsePolicy(s); } catch { crashes++; }
    const d = performance.now() - t0;
    fuzzMs += d;
    if (d > maxMs) maxMs = d;
  }
  const big = 'ALLOW settings:objects:read WHERE settings:schemaId IN ("a", "b") AND x = "y"; // c\n'.repeat(20000);
  const bigT0 = performance.now();
  parsePolicy(big);
  const bigMs = performance.now() - bigT0;

  const mem = process.memoryUsage();
  const report = {
    node: process.version,
    cedarVersion: cedar.getCedarVersion(),
    authorization: {
      policies: { ours: set.statementCount, cedar: Object.keys(cedarPolicies).length },
      requests: reqs.length,
      decisionsAgree: `${agree}/${reqs.length}`,
      oursPerSecond: Math.round(oursPerSec),
      cedarPerSecond: Math.round(cedarPerSec),
      speedup: Number((oursPerSec / cedarPerSec).toFixed(1)),
      goalMet: oursPerSec >= 10 * cedarPerSec,
    },
    seed003ParseValidate: { policies: seeds.length, msForAll: Number(pvMs.toFixed(3)) },
    parserFuzz: { inputs: N, crashes, totalMs: Math.round(fuzzMs), kb: Number((bytes / 1024).toFixed(1)), msPerKb: Number((fuzzMs / (bytes / 1024)).toFixed(4)), maxMsOneInput: Number(maxMs.toFixed(3)) },
    largePolicy: { kb: Number((big.length / 1024).toFixed(1)), ms: Number(bigMs.toFixed(1)), msPerKb: Number((bigMs / (big.length / 1024)).toFixed(4)) },
    memoryMb: { rss: Math.round(mem.rss / 1048576), heapUsed: Math.round(mem.heapUsed / 1048576), external: Math.round(mem.external / 1048576) },
  };
  const json = JSON.stringify(report, null, 2);
  process.stdout.write(`${json}\n`);
  const dir = join(__dirname, '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'iam.json'), `${json}\n`);
}

main();
