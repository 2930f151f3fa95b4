/**
 * Team-scoping benchmark (tracker issue 4), standalone: `npx tsx bench/scoping.bench.ts`.
 *
 * 1. Platform calls per guarded operation, counted with the platform's request logger, broken
 *    down into context reads (team mappings, management-zone table), object reads, listings and
 *    writes, against the expectation (create: 1 write; update/delete: 1 read + 1 write;
 *    list: ⌈n/500⌉ per schema).
 * 2. Latency of each guarded operation (the lib operation from lib/functions with the real
 *    SDK-backed ports of api/_adapters, bundled by esbuild as `dt-app build` bundles a function —
 *    bench/support/deployed-functions.ts —, in-process) relative to the same raw SDK calls (the exact
 *    call sequence the operation makes, without the guardrails; for the list, the sequence of a
 *    whole paged walk, recorded and replayed), interleaved in the same run: median and p95, ratio
 *    (goal ≤ 1.15×). Also relative to the smallest call sequences for information: the "naive
 *    broker" update (get + put) and the minimal list walk (one context read, ⌈n/500⌉ pages per
 *    schema) — their gap is the cost of the extra calls counted in part 1, not of the guardrails.
 *    The platform runs in a process of its own here (bench/support/platform-process.ts): in one
 *    heap, its 20,000 objects made every allocation of the guarded side pay for major GCs.
 * 3. The /api round trip through the js-runtime (local host, built functions; needs `dt-app build`).
 *
 * The SDK singletons the adapters use (`settingsObjectsClient`, `appSettingsObjectsClient`) share
 * the SDK's default `httpClient`; in node it is pointed at the local platform with the persona's
 * bearer token (the same `{ baseUrl, defaultHeaders }` the conformance harness passes to its
 * PlatformHttpClient instances). Writes `bench-results/scoping.json`.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { httpClient } from '@dynatrace-sdk/http-client';
import { settingsObjectsClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { createPlatform, type RequestLogEntry } from '../local/platform';
import { startPlatformProcess } from './support/platform-process';
import { requestCounter } from './support/request-count';
import { runtimeRoundTrip } from './support/runtime-round-trip';
import { minimalWalk, naive, rawSequences, replayWalk, type WalkStep } from './support/sdk-sequences';
import { quantile, stats } from './support/stats';
import { loadDeployedFunctions } from './support/deployed-functions';
import { exampleMaintenanceWindow, exampleAlertingProfile } from '../lib/settings-schemas/examples';

const root = path.resolve(__dirname, '..');
// the guarded side runs bundled, as deployed (bench/support/deployed-functions.ts)
const { operations, settingsPort, teamStore, changeRequestStore, metricsPort, peoplePort } = loadDeployedFunctions(root);
const ITER = Number(process.env.SCOPING_BENCH_ITER ?? 300);
const WARMUP = 20;
const LIST_N = Number(process.env.SCOPING_BENCH_LIST_N ?? 1200);
const SCHEMAS = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];
const W = 'builtin:alerting.maintenance-window';
const P = 'builtin:alerting.profile';

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scoping-bench-'));
  const platform = await createPlatform({ dataDir, reset: true, appDir: root, persistence: 'memory' });
  const log: RequestLogEntry[] = [];
  const server = http.createServer((req, res) => void platform.handle(req, res, (e) => log.push(e)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  let url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let tenant = platform.tenant();
  const persona = (name: string) => tenant.personas.find((p) => p.name === name)!;
  const zone = (name: string) => tenant.managementZones.find((z) => z.name === name)!.id;
  const as = (name: string) => {
    httpClient._setBaseURL(url);
    httpClient._setDefaultHeaders({ Authorization: `Bearer ${persona(name).token}` });
  };
  const max = persona('Max Member');
  const ports = { caller: { id: max.id, name: max.name, email: max.email }, settings: settingsPort, teams: teamStore, changeRequests: changeRequestStore, metrics: metricsPort, people: peoplePort };
  const seedAll = async () => {
    for (const schemaId of SCHEMAS) {
      const r = await fetch(`${url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId, count: LIST_N, teamId: 'checkout' }) });
      if (r.status !== 200) throw new Error(`seed-bulk ${schemaId}: ${r.status} ${await r.text()}`);
    }
  };
  let seq = 0;
  const window = () => ({ ...structuredClone(exampleMaintenanceWindow), generalProperties: { ...exampleMaintenanceWindow.generalProperties, name: `[checkout] bench ${++seq}` }, filters: [{ entityType: 'HOST', entityTags: [], managementZones: [zone('Checkout')] }] });

  const counted = requestCounter(log);

  const raw = rawSequences(W);
  const allPages = async (p: typeof ports) => {
    const items: unknown[] = [];
    let pageKey: string | undefined;
    let calls = 0;
    do {
      const r = ok(await operations['list-team-alerting'](p, pageKey ? { pageKey } : {}));
      items.push(...(r.items as unknown[]));
      pageKey = r.nextPageKey as string | undefined;
      calls++;
    } while (pageKey);
    return { status: 'ok', items, functionCalls: calls };
  };
  const guarded = {
    create: (value: Record<string, unknown>) => operations['create-alerting-object'](ports, { schemaId: W, value }),
    update: (objectId: string, updateToken: string, value: Record<string, unknown>) => operations['update-alerting-object'](ports, { objectId, updateToken, value }),
    delete: (objectId: string, updateToken: string) => operations['delete-alerting-object'](ports, { objectId, updateToken }),
    // every page of the listing (the function answers in pages of about 500 items)
    list: (p: typeof ports = ports) => allPages(p),
  };
  const ok = (r: unknown) => {
    if ((r as { status?: string }).status !== 'ok') throw new Error(`guarded operation failed: ${JSON.stringify(r).slice(0, 400)}`);
    return r as Record<string, any>;
  };
  const tokenOf = async (objectId: string) => (await settingsObjectsClient.getSettingsObjectByObjectId({ objectId })).updateToken!;

  as('Max Member');
  // ---------- 1. call counts
  const createW = await counted(() => guarded.create(window()));
  const createdId = ok(createW.result).objectId as string;
  const createP = await counted(() => operations['create-alerting-object'](ports, { schemaId: P, value: { ...structuredClone(exampleAlertingProfile), name: `[checkout] bench profile ${++seq}`, managementZone: zone('Checkout') } }));
  ok(createP.result);
  const update = await counted(async () => guarded.update(createdId, await tokenOf(createdId), window()));
  ok(update.result);
  // the token read above is the caller's, not the operation's: subtract it
  update.total -= 1;
  update.byKind.objectReads! -= 1;
  update.requests.shift();
  const rawCounts = {
    create: (await counted(() => raw.create(window()))).total,
    update: (await counted(() => raw.update(createdId, window()))).total,
  };
  const del = await counted(async () => guarded.delete(createdId, await tokenOf(createdId)));
  ok(del.result);
  del.total -= 1;
  del.byKind.objectReads! -= 1;
  del.requests.shift();

  // list with n objects per schema seeded for the team (one durable append each)
  await seedAll();
  as('Ada Admin');
  const totals: Record<string, number> = {};
  for (const schemaId of SCHEMAS) {
    let n = 0;
    let page = await settingsObjectsClient.getSettingsObjects({ schemaIds: schemaId, pageSize: 500, fields: 'objectId' });
    n += page.items.length;
    while (page.nextPageKey) {
      page = await settingsObjectsClient.getSettingsObjects({ nextPageKey: page.nextPageKey });
      n += page.items.length;
    }
    totals[schemaId] = n;
  }
  as('Max Member');
  // pages per schema: first pages name their schema; a follow-up page belongs to the listing whose key it carries
  const perSchemaPages: Record<string, number> = {};
  const schemaOfKey = new Map<string, string>();
  const pageCounting = {
    ...settingsPort,
    listPage: async (query: Parameters<typeof settingsPort.listPage>[0]) => {
      const schema = 'schemaIds' in query ? query.schemaIds : (schemaOfKey.get(query.nextPageKey) ?? 'unknown');
      perSchemaPages[schema] = (perSchemaPages[schema] ?? 0) + 1;
      const page = await settingsPort.listPage(query);
      if (page.nextPageKey) schemaOfKey.set(page.nextPageKey, schema);
      return page;
    },
  };
  const list = await counted(() => guarded.list({ ...ports, settings: pageCounting }));
  const listed = ok(list.result);
  const teamItems: Record<string, number> = {};
  for (const i of listed.items as Array<{ schemaId: string }>) teamItems[i.schemaId] = (teamItems[i.schemaId] ?? 0) + 1;

  // ---------- 2. latency, guarded vs raw, interleaved, against the platform in a process of its
  // own (as on Dynatrace: no shared heap), seeded the same way
  server.close();
  await platform.close();
  const remote = await startPlatformProcess(root);
  url = remote.url;
  tenant = remote.tenant;
  await seedAll();
  const remoteMax = persona('Max Member');
  ports.caller = { id: remoteMax.id, name: remoteMax.name, email: remoteMax.email };
  as('Max Member');
  const lat = { create: { guarded: [] as number[], raw: [] as number[] }, update: { guarded: [] as number[], raw: [] as number[], naive: [] as number[] }, delete: { guarded: [] as number[], raw: [] as number[] } };
  const time = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  // each side updates its own object, so either may go first with a fresh token
  const createdG = ok(await guarded.create(window())).objectId as string;
  const createdR = ok(await guarded.create(window())).objectId as string;
  // Which side of a pair runs first alternates: whatever the first call after a write pays (the
  // platform's list caches the write invalidated, a keep-alive socket) falls on both sides alike.
  const pair = async (i: number, g: () => Promise<unknown>, r: () => Promise<unknown>): Promise<[number, number]> => {
    if (i % 2 === 0) {
      const tg = await time(g);
      return [tg, await time(r)];
    }
    const tr = await time(r);
    return [await time(g), tr];
  };
  for (let i = 0; i < WARMUP + ITER; i++) {
    const keep = i >= WARMUP;
    // create (maintenance windows: no quota on them in the demo mapping)
    const [g, r] = await pair(i, async () => ok(await guarded.create(window())), () => raw.create(window()));
    // update
    const token = await tokenOf(createdG);
    const [gu, ru] = await pair(i, async () => ok(await guarded.update(createdG, token, window())), () => raw.update(createdR, window()));
    const nu = await time(() => naive.update(createdR, window()));
    // delete (objects created untimed)
    const [a, b] = await Promise.all([guarded.create(window()), guarded.create(window())]).then((x) => x.map((y) => ok(y).objectId as string));
    const [ta, tb] = await Promise.all([tokenOf(a!), tokenOf(b!)]);
    const [gd, rd] = await pair(i, async () => ok(await guarded.delete(a!, ta!)), () => raw.delete(b!, tb!));
    if (keep) {
      lat.create.guarded.push(g);
      lat.create.raw.push(r);
      lat.update.guarded.push(gu);
      lat.update.raw.push(ru);
      lat.update.naive.push(nu);
      lat.delete.guarded.push(gd);
      lat.delete.raw.push(rd);
    }
  }
  // The list's "same raw SDK calls": every call one guarded walk makes (each function call's team
  // context, its listing pages, the profiles a notification call re-reads), recorded once and
  // replayed through the SDK without the guardrails. Page keys are followed as the replay gets
  // them. The smallest possible walk (one context read, ⌈n/500⌉ pages per schema) is timed too.
  const trace: WalkStep[] = [];
  const recording = {
    ...ports,
    teams: { ...teamStore, list: async () => { trace.push({ kind: 'context' }); return teamStore.list(); } },
    settings: {
      ...settingsPort,
      listPage: async (query: Parameters<typeof settingsPort.listPage>[0]) => {
        const page = await settingsPort.listPage(query);
        // the zone table belongs to the context step (read beside the team mappings)
        if (!('schemaIds' in query && query.schemaIds === 'builtin:management-zones')) trace.push({ kind: 'page', query, nextPageKey: page.nextPageKey });
        return page;
      },
    },
  };
  ok(await guarded.list(recording));
  const listLat = { guarded: [] as number[], raw: [] as number[], minimal: [] as number[] };
  for (let i = 0; i < 5 + Math.max(20, Math.floor(ITER / 10)); i++) {
    const [g, r] = await pair(i, async () => ok(await guarded.list()), () => replayWalk(trace));
    const m = await time(() => minimalWalk([zone('Checkout'), zone('Payments')]));
    if (i >= 5) {
      listLat.guarded.push(g);
      listLat.raw.push(r);
      listLat.minimal.push(m);
    }
  }
  const ratio = (g: number[], r: number[]) => ({ median: +(quantile(g, 0.5) / quantile(r, 0.5)).toFixed(3), p95: +(quantile(g, 0.95) / quantile(r, 0.95)).toFixed(3) });
  const latency = {
    create: { guarded: stats(lat.create.guarded), raw: stats(lat.create.raw), ratio: ratio(lat.create.guarded, lat.create.raw) },
    update: { guarded: stats(lat.update.guarded), raw: stats(lat.update.raw), ratio: ratio(lat.update.guarded, lat.update.raw), naiveGetPut: stats(lat.update.naive), ratioVsNaive: ratio(lat.update.guarded, lat.update.naive) },
    delete: { guarded: stats(lat.delete.guarded), raw: stats(lat.delete.raw), ratio: ratio(lat.delete.guarded, lat.delete.raw) },
    list: {
      objectsPerSchema: LIST_N, requestsPerWalk: trace.reduce((n, s) => n + (s.kind === 'context' ? 2 : 1), 0),
      guarded: stats(listLat.guarded), raw: stats(listLat.raw), ratio: ratio(listLat.guarded, listLat.raw),
      minimalWalk: stats(listLat.minimal), ratioVsMinimalWalk: ratio(listLat.guarded, listLat.minimal),
    },
  };

  remote.close();

  // ---------- 3. /api round trip through the js-runtime
  const runtime = await runtimeRoundTrip(root, W, window());

  const expected = { create: { writes: 1 }, update: { objectReads: 1, writes: 1 }, delete: { objectReads: 1, writes: 1 } };
  const pages = (n: number) => Math.ceil(n / 500);
  const result = {
    bench: 'scoping',
    node: process.version,
    iterations: ITER,
    callsPerOperation: {
      note: 'requests the guarded operation sends to the platform; context = team mappings (app settings) + management-zone table, read on every call',
      create: { ...createW.byKind, total: createW.total, expected: expected.create, rawSameSequence: rawCounts.create, requests: createW.requests },
      createProfileWithQuota: { ...createP.byKind, total: createP.total, expected: expected.create, requests: createP.requests },
      update: { ...update.byKind, total: update.total, expected: expected.update, rawSameSequence: rawCounts.update, requests: update.requests },
      delete: { ...del.byKind, total: del.total, expected: expected.delete, requests: del.requests },
      list: {
        ...list.byKind, total: list.total, objectsSeededPerSchemaForTeam: LIST_N,
        objectsPerSchemaTotal: totals, teamItemsListed: teamItems, listPagesPerSchema: perSchemaPages,
        expectedListPages: Object.fromEntries(SCHEMAS.map((s) => [s, pages(teamItems[s] ?? 0)])),
        expectedListPagesTotal: SCHEMAS.reduce((a, s) => a + pages(teamItems[s] ?? 0), 0),
        requests: list.requests,
      },
    },
    latency,
    goal: { ratioMax: 1.15, met: Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, v.ratio.median <= 1.15])) },
    runtimeRoundTrip: runtime,
  };
  const out = path.join(root, 'bench-results', 'scoping.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
