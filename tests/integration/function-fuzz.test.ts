/**
 * Fuzzing every app function through the built bundle in the js-runtime (tracker issue 4):
 * valid-ish and garbage payloads (wrong types, unknown fields, huge strings, deep nesting,
 * unicode of every general category, strings that are not valid UTF-16, control characters,
 * prototype-pollution keys, raw non-JSON bodies) as members,
 * the two-team member, the outsider and the admin. Properties: never HTTP 540/541/5xx, always a
 * status-tagged body that matches the function's response contract (never `error`), and no
 * write outside the caller's scope (admin snapshot before/after every call, ownership judged by
 * the independent oracle; team mappings unchanged unless an admin call answered ok). Objects with
 * such names written around the app (by the admin, as another tool would) are in the tenant from
 * the start, and every member's listing and history still answer ok after the run.
 */
import fc from 'fast-check';
import { contracts, type FunctionName } from '../../lib/contracts';
import { PERSONAS } from '../../local/platform/tenant/demo-data';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { FIVE_SCHEMAS, SCHEMAS, type ScopeOracle } from '../support/scope-oracle';
import { listAllPages } from '../support/list-pages';
import { ADMIN, adminGet, diff, escapesOf, oracleFor, snapshot, uniq, valueFor, type Snapshot } from '../support/scoping-fixtures';
import { categoryText, CHARS_BY_CATEGORY, seedNamesFromEveryCategory } from '../support/unicode-corpus';
import { nasty, mostly, sometimes, garbageValue, Raw, rawBody, withExtras, validFirst, projectFiles } from '../support/fuzz-arbitraries';

jest.setTimeout(240_000);

let stack: LocalStack;
let oracle: ScopeOracle;
let objectIds: string[] = [];
let teams: Array<{ objectId: string; version: string; team: Record<string, unknown> }> = [];
let current: Snapshot;

const MEMBERS = ['Max Member', 'Mia Member', 'Noah Two-Teams', 'Lena Lead', 'Olga Outsider'];
const ZONES = ['Checkout', 'Payments', 'Search', 'Mobile App', 'Infrastructure', 'Shared Services'];
const TEAM_IDS = ['checkout', 'search', 'mobile'];
const PERSONA_IDS = PERSONAS.map((p) => p.id);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

beforeAll(async () => {
  stack = await startLocalStack();
  oracle = oracleFor(stack);
  await seedNamesFromEveryCategory(stack, oracle);
  current = await snapshot(stack);
  objectIds = [...current.keys()];
  const t = await stack.call(ADMIN, 'list-teams', {});
  teams = t.body.teams;
  expect(teams).toHaveLength(3);
}, 60_000);
afterAll(async () => stack?.close());

// ---------- arbitraries

const schemaId = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIVE_SCHEMAS) }, { weight: 1, arbitrary: fc.constantFrom('builtin:management-zones', 'app:my.team.alerting:team-mappings', 'builtin:alerting.profile ', '') });
const teamId = mostly(fc.constantFrom(...TEAM_IDS, 'nope', 'CHECKOUT'), nasty);
const zoneSet: fc.Arbitrary<string[]> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom<string[]>(['Checkout'], ['Payments'], ['Search'], ['Mobile App'], ['Checkout', 'Payments']) }, { weight: 2, arbitrary: fc.subarray(ZONES, { minLength: 0, maxLength: 3 }) });
const prefix = fc.oneof({ weight: 3, arbitrary: fc.constant('auto') }, { weight: 2, arbitrary: fc.constantFrom('[checkout] ', '[search] ', '[mobile] ', '', 'x') });

/** A realistic value for a random schema and zones, then maybe broken in one place. */
const alertingValue = fc.record({ schemaId: fc.constantFrom(...FIVE_SCHEMAS), zones: zoneSet, prefix, suffix: mostly(fc.oneof(fc.string({ maxLength: 12 }), categoryText), nasty), profileZone: fc.constantFrom(...ZONES), mutate: sometimes(fc.tuple(fc.constantFrom('drop', 'set', 'add'), fc.nat(), garbageValue)) })
  .map((r) => {
    const schema = r.schemaId === SCHEMAS.profile ? r.zones.slice(0, 1) : r.zones;
    const profile = r.schemaId === SCHEMAS.notification ? objectIds.find((id) => current.get(id)?.schemaId === SCHEMAS.profile && oracle.zonesOf(SCHEMAS.profile, current.get(id)!.value, () => undefined).kind === 'zones' && (oracle.zonesOf(SCHEMAS.profile, current.get(id)!.value, () => undefined) as { names: string[] }).names[0] === r.profileZone) ?? objectIds[0] : undefined;
    const zonesForName = r.schemaId === SCHEMAS.notification ? [r.profileZone] : schema;
    const ownerPrefix = oracle.tenant.teams.find((t) => zonesForName.length > 0 && zonesForName.every((z) => t.zones.includes(z)))?.prefix ?? '';
    const value = valueFor(oracle, r.schemaId, `${r.prefix === 'auto' ? ownerPrefix : r.prefix}${r.suffix}`, schema, profile) as Record<string, unknown>;
    if (r.mutate) {
      const [op, i, v] = r.mutate;
      const keys = Object.keys(value);
      const key = keys[i % keys.length]!;
      if (op === 'drop') delete value[key];
      else if (op === 'set') value[key] = v;
      else Object.defineProperty(value, `unknown${i % 3}`, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return { schemaId: r.schemaId, value };
  });

const knownObjectId = fc.nat().map((i) => objectIds[i % objectIds.length]!);
const objectId = fc.oneof({ weight: 4, arbitrary: knownObjectId }, { weight: 1, arbitrary: nasty }, { weight: 1, arbitrary: fc.constant('vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ') });
/** `REAL` is replaced by the object's current token right before the call. */
const token = fc.oneof({ weight: 3, arbitrary: fc.constant('REAL') }, { weight: 1, arbitrary: nasty });

const teamValue = fc.record({
  id: mostly(fc.constantFrom(...TEAM_IDS, 'fuzz-team'), nasty),
  displayName: mostly(fc.string({ minLength: 1, maxLength: 20 }), nasty),
  members: fc.array(mostly(fc.constantFrom('max.member@example.com', 'olga.outsider@example.com'), nasty), { maxLength: 3 }),
  leads: fc.array(fc.constantFrom('olga.outsider@example.com', 'mia.member@example.com'), { maxLength: 2 }),
  scope: fc.record({ kind: fc.constant('management-zones'), managementZones: mostly(zoneSet, fc.array(nasty, { maxLength: 2 })) }),
  allowedSchemas: fc.subarray(FIVE_SCHEMAS),
  notifications: fc.record({ allowedTypes: fc.constant(['EMAIL']), mode: fc.constantFrom('enforce', 'warn') }),
});


type Gen = { persona: string; payload: unknown };
const asMember = <T>(payload: fc.Arbitrary<T>): fc.Arbitrary<Gen> => fc.record({ persona: fc.constantFrom(...MEMBERS), payload });
const asAnyone = <T>(payload: fc.Arbitrary<T>): fc.Arbitrary<Gen> => fc.record({ persona: fc.constantFrom(...MEMBERS, ADMIN), payload });

const exportPayloads = asMember(validFirst(
  withExtras(fc.record({ teamId, format: mostly(fc.constantFrom('monaco', 'terraform'), nasty), schemaIds: mostly(fc.subarray(FIVE_SCHEMAS, { minLength: 1 }), fc.oneof(fc.array(schemaId), garbageValue)) }, { requiredKeys: ['format'] })),
  garbageValue, rawBody('"format":"monaco"'),
));
const planPayloads = asMember(validFirst(
  withExtras(fc.record({ teamId, files: projectFiles, prune: mostly(fc.boolean(), garbageValue), env: mostly(fc.dictionary(fc.constantFrom('FUZZ_SECRET', 'DT_PLATFORM_TOKEN', 'bad name'), mostly(fc.string({ maxLength: 20 }), nasty), { maxKeys: 2 }), garbageValue) }, { requiredKeys: ['files'] })),
  garbageValue, rawBody('"files":{}'),
));

const ARBS: Record<FunctionName, fc.Arbitrary<Gen>> = {
  'get-context': asAnyone(validFirst(fc.constant(undefined), fc.constant(null), fc.constant({}), withExtras(fc.constant({})), garbageValue, rawBody('"a":1'))),
  'list-team-alerting': asMember(validFirst(
    withExtras(fc.record({ teamId, schemaIds: mostly(fc.subarray(FIVE_SCHEMAS, { minLength: 1 }), fc.oneof(fc.array(schemaId), garbageValue)), pageKey: fc.oneof(nasty, fc.base64String({ maxLength: 200 })) }, { requiredKeys: [] }).map(({ pageKey, ...r }) => (Math.abs(JSON.stringify(r).length % 4) === 0 && pageKey !== undefined ? { ...r, pageKey } : r))),
    garbageValue, rawBody('"teamId":"search"'),
  )),
  'get-alerting-object': asMember(validFirst(withExtras(fc.record({ objectId })), garbageValue, rawBody('"objectId":"x"'))),
  'preview-alerting-change': asMember(validFirst(
    withExtras(fc.tuple(alertingValue, sometimes(objectId), sometimes(teamId)).map(([v, o, t]) => ({ ...v, ...(o ? { objectId: o } : {}), ...(t !== undefined ? { teamId: t } : {}) }))),
    fc.record({ schemaId, value: garbageValue }), garbageValue, rawBody('"schemaId":"builtin:alerting.profile","value":{}'),
  )),
  'create-alerting-object': asMember(validFirst(
    withExtras(fc.tuple(alertingValue, sometimes(teamId)).map(([v, t]) => ({ ...v, ...(t !== undefined ? { teamId: t } : {}) }))),
    fc.record({ schemaId, value: garbageValue }), garbageValue, rawBody(`"schemaId":"builtin:alerting.profile","value":{"name":"[checkout] raw"}`),
  )),
  'update-alerting-object': asMember(validFirst(
    withExtras(fc.tuple(objectId, token, alertingValue).map(([o, t, v]) => ({ objectId: o, updateToken: t, value: v.value }))),
    fc.record({ objectId, updateToken: token, value: garbageValue }), garbageValue, rawBody('"objectId":"x","updateToken":"y","value":{}'),
  )),
  'delete-alerting-object': asMember(validFirst(
    withExtras(fc.record({ objectId, updateToken: token })), fc.record({ objectId: garbageValue, updateToken: garbageValue }), garbageValue, rawBody('"objectId":"x","updateToken":"y"'),
  )),
  'get-alerting-history': asMember(validFirst(withExtras(fc.record({ objectId, teamId, pageKey: nasty }, { requiredKeys: [] })), garbageValue, rawBody('"teamId":"search"'))),
  'list-unowned-alerting': asAnyone(validFirst(
    withExtras(fc.record({ schemaIds: mostly(fc.subarray(FIVE_SCHEMAS, { minLength: 1 }), fc.oneof(fc.array(schemaId), garbageValue)), pageKey: fc.oneof(nasty, fc.base64String({ maxLength: 200 })) }, { requiredKeys: [] })),
    garbageValue, rawBody('"schemaIds":["builtin:alerting.profile"]'),
  )),
  'list-teams': asAnyone(validFirst(fc.constant({}), withExtras(fc.constant({})), garbageValue)),
  // admins get only payloads that must not change anything (invalid team ids, stale versions, …)
  'upsert-team': fc.oneof(
    asMember(validFirst(withExtras(fc.record({ team: teamValue })), fc.record({ team: teamValue, objectId: fc.constant('REALTEAM'), version: fc.constant('REALVERSION') }), garbageValue)),
    fc.record({ persona: fc.constant(ADMIN), payload: fc.oneof(fc.record({ team: garbageValue }), fc.record({ team: teamValue, objectId: fc.constant('REALTEAM'), version: nasty }), garbageValue, rawBody('"team":{}')) }),
  ),
  'delete-team': fc.oneof(
    asMember(validFirst(fc.record({ objectId: fc.constant('REALTEAM'), version: fc.constant('REALVERSION') }), garbageValue)),
    fc.record({ persona: fc.constant(ADMIN), payload: fc.oneof(fc.record({ objectId: fc.constant('REALTEAM'), version: nasty }), fc.record({ objectId: nasty, version: nasty }), garbageValue) }),
  ),
  'export-team-alerting': exportPayloads,
  'plan-alerting-changes': planPayloads,
  'propose-alerting-change': asMember(validFirst(
    withExtras(fc.tuple(alertingValue, fc.constantFrom('create', 'update', 'delete'), objectId, token, mostly(fc.string({ minLength: 1, maxLength: 40 }), nasty), sometimes(teamId)).map(([v, operation, o, t, comment, team]) => ({
      schemaId: v.schemaId, operation, comment, ...(operation !== 'delete' ? { value: v.value } : {}), ...(operation !== 'create' ? { objectId: o, updateToken: t } : {}), ...(team !== undefined ? { teamId: team } : {}),
    }))),
    fc.record({ schemaId, operation: garbageValue, comment: garbageValue }), garbageValue, rawBody('"schemaId":"builtin:alerting.profile","operation":"create","comment":"c","value":{}'),
  )),
  'list-change-requests': asMember(validFirst(
    withExtras(fc.record({ teamId, state: mostly(fc.constantFrom('open', 'approved', 'rejected', 'withdrawn', 'stale', 'failed', 'applying'), nasty) }, { requiredKeys: [] })), garbageValue, rawBody('"state":"open"'),
  )),
  'decide-change-request': asMember(validFirst(
    withExtras(fc.record({ id: mostly(fc.constant('REALREQ'), nasty), version: mostly(fc.constant('REALREQVERSION'), nasty), decision: mostly(fc.constantFrom('approve', 'reject'), nasty), comment: sometimes(nasty) }, { requiredKeys: ['id', 'version', 'decision'] })),
    garbageValue, rawBody('"id":"x","version":"y","decision":"approve"'),
  )),
  'withdraw-change-request': asMember(validFirst(
    withExtras(fc.record({ id: mostly(fc.constant('REALREQ'), nasty), version: mostly(fc.constant('REALREQVERSION'), nasty) })), garbageValue, rawBody('"id":"x","version":"y"'),
  )),
  'list-metrics': asAnyone(validFirst(
    withExtras(fc.oneof(
      fc.record({ metricKey: mostly(fc.constantFrom('builtin:service.response.time', 'builtin:host.cpu.usage', 'no.such.metric', 'builtin:..', 'a/../../settings'), nasty) }),
      fc.record({ text: mostly(fc.constantFrom('response', 'cpu', ''), nasty) }, { requiredKeys: [] }),
      fc.record({ pageKey: fc.oneof(nasty, fc.base64String({ maxLength: 200 })) }),
    )),
    garbageValue, rawBody('"text":"cpu"'),
  )),
  'resolve-people': asAnyone(validFirst(
    withExtras(fc.record({ ids: fc.array(mostly(fc.constantFrom(...PERSONA_IDS, '00000000-0000-4000-8000-000000000000'), nasty), { minLength: 1, maxLength: 30 }) })),
    fc.record({ ids: garbageValue }), garbageValue, rawBody('"ids":[]'),
  )),
};

// ---------- the property

/** The newest change request in the store (as the admin reads it), for `REALREQ` placeholders. */
async function someChangeRequest(): Promise<{ objectId: string; version: string } | undefined> {
  const r = await stack.platform(ADMIN, 'GET', '/platform/app-settings/v2/objects?schema-id=app%3Amy.team.alerting%3Achange-requests&page-size=500');
  const items = (r.body?.items ?? []) as Array<{ objectId: string; version: string }>;
  return items[items.length - 1];
}

async function resolveTokens(payload: unknown): Promise<unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  const p = payload as Record<string, unknown>;
  const out: Record<string, unknown> = { ...p };
  if (p.updateToken === 'REAL' && typeof p.objectId === 'string') out.updateToken = (await adminGet(stack, p.objectId).catch(() => undefined))?.updateToken ?? 'gone';
  if (p.id === 'REALREQ') {
    const request = await someChangeRequest();
    out.id = request?.objectId ?? 'none';
    if (p.version === 'REALREQVERSION') out.version = request?.version ?? 'none';
  }
  if (p.objectId === 'REALTEAM') {
    const t = teams[0]!;
    out.objectId = t.objectId;
    if (p.version === 'REALVERSION') out.version = t.version;
  }
  return out;
}

async function teamMappings(): Promise<string> {
  const r = await stack.platform(ADMIN, 'GET', '/platform/app-settings/v2/objects?schema-id=app%3Amy.team.alerting%3Ateam-mappings&add-fields=value&page-size=500');
  expect(r.status).toBe(200);
  return JSON.stringify(r.body.items.map((i: { objectId: string; value: unknown }) => [i.objectId, i.value]).sort());
}

// an approval writes the proposed change as the approving lead
const WRITERS = new Set(['create-alerting-object', 'update-alerting-object', 'delete-alerting-object', 'decide-change-request']);

async function checkOne(fn: FunctionName, gen: Gen): Promise<string> {
  const payload = gen.payload instanceof Raw ? gen.payload : await resolveTokens(gen.payload);
  const before = current;
  const teamsBefore = fn === 'upsert-team' || fn === 'delete-team' ? await teamMappings() : undefined;
  const raw = payload instanceof Raw;
  // JSON-encode here so that a string payload is sent as a JSON string, raw bodies as they are
  const r = await stack.call(gen.persona, fn, raw ? payload.text : payload === undefined ? undefined : JSON.stringify(payload));
  const show = () => `${fn} as ${gen.persona} with ${JSON.stringify(payload)?.slice(0, 300)} → HTTP ${r.status} ${JSON.stringify(r.body)?.slice(0, 400)}`;
  if (r.status >= 500) throw new Error(`HTTP ${r.status}: ${show()}`);
  if (raw && r.status === 400) {
    // a body that is not JSON is refused by the host before the function runs (not a 5xx)
    if (typeof r.body?.error?.message !== 'string') throw new Error(`400 without an error envelope: ${show()}`);
    return 'http-400';
  }
  if (r.status !== 200) throw new Error(`not HTTP 200: ${show()}`);
  const parsed = contracts[fn].response.safeParse(r.body);
  if (!parsed.success) throw new Error(`response violates the contract: ${show()}`);
  if (r.body.status === 'error') throw new Error(`status error: ${show()}`);

  const after = WRITERS.has(fn) || fn === 'upsert-team' || fn === 'delete-team' ? await snapshot(stack) : before;
  const changes = diff(before, after);
  if (!WRITERS.has(fn) || r.body.status !== 'ok') {
    if (changes.length) throw new Error(`a call that did not answer ok changed ${changes.length} object(s): ${show()}`);
  } else {
    const escapes = escapesOf(oracle, gen.persona, changes, before, after);
    if (escapes.length) throw new Error(`write outside the caller's scope (${escapes.map((e) => `${e.kind} ${e.objectId}`).join(', ')}): ${show()}`);
    if (changes.length > 1) throw new Error(`one write changed ${changes.length} objects: ${show()}`);
    if (oracle.teamsOf(gen.persona).length === 0) throw new Error(`a caller without a team wrote: ${show()}`);
  }
  if (teamsBefore !== undefined && (gen.persona !== ADMIN || r.body.status !== 'ok')) {
    if ((await teamMappings()) !== teamsBefore) throw new Error(`team mappings changed: ${show()}`);
  }
  if (gen.persona !== ADMIN && (fn === 'list-teams' || fn === 'upsert-team' || fn === 'delete-team') && r.body.status === 'ok') throw new Error(`non-admin used an admin function: ${show()}`);
  current = after;
  if (fn === 'create-alerting-object' && r.body.status === 'ok') objectIds.push(r.body.objectId);
  return r.body.status;
}

const tally: Record<string, Record<string, number>> = {};
afterAll(() => {
  if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(tally, null, 1));
});

describe('fuzzing every function payload through the js-runtime', () => {
  it('draws names from every Unicode general category, each character filed under its own', () => {
    for (const [category, chars] of Object.entries(CHARS_BY_CATEGORY)) {
      for (const ch of chars) expect({ category, ch, ok: new RegExp(`^\\p{gc=${category}}$`, 'u').test(ch) }).toEqual({ category, ch, ok: true });
    }
    expect(Object.keys(CHARS_BY_CATEGORY)).toHaveLength(30);
  });

  it('covers every function of the contract registry', () => {
    expect(Object.keys(ARBS).sort()).toEqual(Object.keys(contracts).sort());
  });

  for (const fn of Object.keys(contracts) as FunctionName[]) {
    it(`${fn}: never 5xx, always a contract-conforming status, no write outside the caller's scope`, async () => {
      const statuses = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(ARBS[fn], async (gen) => {
          const status = await checkOne(fn, gen);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
        { numRuns: NUM_RUNS, seed: Number(process.env.FUZZ_SEED ?? 42_2025), endOnFailure: true },
      );
      tally[fn] = Object.fromEntries(statuses);
      // the fuzzer reached past the contract parser: not every answer is `invalid`
      expect([...statuses.keys()].filter((s) => s !== 'invalid').length).toBeGreaterThan(0);
    });
  }

  it('valid-ish writes do get through for members in their own zones (the fuzzer is not only hitting walls)', async () => {
    const value = valueFor(oracle, SCHEMAS.window, `[search] fuzz sanity ${uniq()}`, ['Search']);
    const status = await checkOne('create-alerting-object', { persona: 'Mia Member', payload: { schemaId: SCHEMAS.window, value } });
    expect(status).toBe('ok');
    const created = [...current.values()].find((o) => (o.value as any).generalProperties?.name === (value as any).generalProperties.name);
    expect(created?.schemaId).toBe(SCHEMAS.window);
  });

  it('after the run, every member\'s listing and history still answer ok (whatever names the team holds)', async () => {
    for (const persona of MEMBERS.filter((p) => oracle.teamsOf(p).length > 0)) {
      const listed = await listAllPages(stack, persona);
      expect({ persona, status: listed.status, body: listed.body.status }).toEqual({ persona, status: 200, body: 'ok' });
      const history = await stack.call(persona, 'get-alerting-history', {});
      expect({ persona, status: history.status, body: history.body.status }).toEqual({ persona, status: 200, body: 'ok' });
      expect(contracts['get-alerting-history'].response.safeParse(history.body).success).toBe(true);
    }
  });
});
