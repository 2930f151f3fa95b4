/**
 * Hardening found by an attack session (tracker issue 14), through the built functions in the
 * js-runtime against the local platform:
 * - an unpaired UTF-16 surrogate (an emoji cut in half) stored by another tool, or kept in an old
 *   history revision, must not break listing, reading or history for the whole team; the app's own
 *   writes refuse such text;
 * - object ids are checked by their shape and never leave their URL path segment;
 * - an alerting profile that problem notifications use is not deleted alone.
 */
import { contracts, type FunctionName } from '../../lib/contracts';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { SCHEMAS, type ScopeOracle } from '../support/scope-oracle';
import { ADMIN, adminCreate, adminGet, OBJECTS, oracleFor, snapshot, uniq, valueFor } from '../support/scoping-fixtures';

jest.setTimeout(120_000);

let stack: LocalStack;
let oracle: ScopeOracle;
beforeAll(async () => {
  stack = await startLocalStack();
  oracle = oracleFor(stack);
}, 60_000);
afterAll(async () => stack?.close());

const MAX = 'Max Member';
const CUT = '\ud83d'; // the first half of 😀
const REPLACED = '\ufffd';

/** Calls a function and checks the HTTP status and the response contract before anything else. */
async function call(fn: FunctionName, payload: unknown, persona = MAX) {
  const r = await stack.call(persona, fn, payload);
  expect({ fn, http: r.status }).toEqual({ fn, http: 200 });
  expect(contracts[fn].response.safeParse(r.body).success).toBe(true);
  return r.body;
}

describe('an unpaired surrogate in what the platform holds', () => {
  let broken: string;
  let renamed: string;
  let brokenName: string;

  beforeAll(async () => {
    // written as another tool would: straight to the Settings API (as the admin, in Checkout)
    brokenName = `[checkout] cut ${CUT} ${uniq()}`;
    const wasBroken = `[checkout] was cut ${CUT} ${uniq()}`;
    [broken, renamed] = await adminCreate(stack, [
      { schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, brokenName, ['Checkout']) },
      { schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, wasBroken, ['Checkout']) },
    ]) as [string, string];
    // the second one is repaired later: only its history still holds the broken name
    const current = (await adminGet(stack, renamed))!;
    const put = await stack.platform(ADMIN, 'PUT', `${OBJECTS}/${renamed}`, { value: { ...current.value, name: `[checkout] repaired ${uniq()}` }, updateToken: current.updateToken });
    expect(put.status).toBe(200);
  });

  it('list-team-alerting answers ok for every member of the team, with U+FFFD in place of the broken half', async () => {
    for (const persona of [MAX, 'Lena Lead', 'Noah Two-Teams']) {
      const body = await call('list-team-alerting', { schemaIds: [SCHEMAS.profile] }, persona);
      expect(body.status).toBe('ok');
      const item = body.items.find((i: { objectId: string }) => i.objectId === broken);
      expect(item.value.name).toBe(brokenName.replace(CUT, REPLACED));
      expect(item.summary).not.toContain(CUT);
    }
  });

  it('get-alerting-object answers ok with the replaced name', async () => {
    const body = await call('get-alerting-object', { objectId: broken });
    expect(body.status).toBe('ok');
    expect(body.object.value.name).toBe(brokenName.replace(CUT, REPLACED));
  });

  it('get-alerting-history answers ok for the object and for the team, old revisions included', async () => {
    const own = await call('get-alerting-history', { objectId: renamed });
    expect(own.status).toBe('ok');
    const names = own.revisions.flatMap((r: { before: { name?: string } | null; after: { name?: string } | null }) => [r.before?.name, r.after?.name]).filter(Boolean);
    expect(names.some((n: string) => n.includes(`was cut ${REPLACED}`))).toBe(true);
    const team = await call('get-alerting-history', {});
    expect(team.status).toBe('ok');
  });

  it('the app itself refuses to write such text: invalid at the field, nothing written', async () => {
    const before = await snapshot(stack);
    const value = valueFor(oracle, SCHEMAS.profile, `[checkout] x ${CUT}`, ['Checkout']);
    for (const [fn, payload] of [
      ['create-alerting-object', { schemaId: SCHEMAS.profile, value }],
      ['preview-alerting-change', { schemaId: SCHEMAS.profile, value }],
      ['update-alerting-object', { objectId: broken, updateToken: (await adminGet(stack, broken))!.updateToken, value }],
    ] as const) {
      const body = await call(fn, payload);
      expect({ fn, status: body.status, diagnostics: body.diagnostics }).toEqual({
        fn, status: 'invalid', diagnostics: [expect.objectContaining({ code: 'input/invalid-unicode', location: { path: 'value/name' } })],
      });
    }
    expect(await snapshot(stack)).toEqual(before);
  });
});

describe('object ids never leave their URL path segment', () => {
  const escapes = ['../../_local/tenant', '../../../../../../_local/tenant', '..', '.', 'a/b', '%2e%2e', '..%2F_local', 'a b', 'a?x=1', 'a#b'];

  it('every function refuses an id shaped like a path as invalid at the field, before any platform call', async () => {
    const ids = { objectId: '', updateToken: 't' };
    for (const objectId of escapes) {
      for (const [fn, payload] of [
        ['get-alerting-object', { objectId }],
        ['get-alerting-history', { objectId }],
        ['delete-alerting-object', { ...ids, objectId }],
        ['update-alerting-object', { ...ids, objectId, value: {} }],
        ['preview-alerting-change', { schemaId: SCHEMAS.profile, value: {}, objectId }],
        ['delete-team', { objectId, version: 'v' }],
      ] as const) {
        stack.clearPlatformRequests();
        const body = await call(fn, payload, fn === 'delete-team' ? ADMIN : MAX);
        expect({ fn, objectId, status: body.status, paths: body.diagnostics.map((d: { location?: { path?: string } }) => d.location?.path) }).toEqual({ fn, objectId, status: 'invalid', paths: ['objectId'] });
        expect({ fn, objectId, requests: stack.platformRequests() }).toEqual({ fn, objectId, requests: [] });
      }
    }
  });

  it('an id read from a stored value (a notification\'s alerting profile) never becomes a path', async () => {
    const [profile] = await adminCreate(stack, [{ schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] target ${uniq()}`, ['Checkout']) }]);
    const value = valueFor(oracle, SCHEMAS.notification, `[checkout] escape ${uniq()}`, [], profile);
    for (const alertingProfile of ['../../../../../../_local/tenant', '../../../../../_local/reset', `${profile}/../../../../../../_local/tenant`, '%2e%2e']) {
      stack.clearPlatformRequests();
      const body = await call('create-alerting-object', { schemaId: SCHEMAS.notification, value: { ...value, alertingProfile } });
      expect({ alertingProfile, status: body.status }).toEqual({ alertingProfile, status: 'forbidden' });
      expect(body.diagnostics.map((d: { code: string }) => d.code)).toContain('guardrail/owner/unresolved');
      const requests = stack.platformRequests();
      expect(requests.length).toBeGreaterThan(0); // the function did run: team context
      expect(requests.filter((r) => !r.url.startsWith('/platform/') || r.url.includes('_local'))).toEqual([]);
      const objectPaths = requests.map((r) => new URL(r.url, 'http://x').pathname).filter((p) => p.startsWith(`${OBJECTS}/`));
      expect(objectPaths.filter((p) => !/^[A-Za-z0-9_-]+={0,2}$/.test(p.slice(OBJECTS.length + 1)))).toEqual([]);
    }
    // the tenant's demo data is untouched (a reset would have dropped the profile above)
    expect(await adminGet(stack, profile!)).toBeDefined();
  });
});

describe('deleting an alerting profile that problem notifications use', () => {
  it('is refused with the dependants, and deletes them together only when each was confirmed', async () => {
    const [profile] = await adminCreate(stack, [{ schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] in use ${uniq()}`, ['Payments']) }]);
    const names = [`[checkout] mail ${uniq()}`, `[checkout] mail ${uniq()}`];
    const notes = await adminCreate(stack, names.map((n) => ({ schemaId: SCHEMAS.notification, value: valueFor(oracle, SCHEMAS.notification, n, [], profile) })));
    const token = async (id: string) => (await adminGet(stack, id))!.updateToken;

    const before = await snapshot(stack);
    const refused = await call('delete-alerting-object', { objectId: profile, updateToken: await token(profile!) });
    expect(refused).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'dependency/in-use', location: { path: 'objectId' } }] });
    expect(refused.dependants.map((d: { objectId: string; name: string; deletable: boolean }) => [d.objectId, d.name, d.deletable]).sort())
      .toEqual(notes.map((id, i) => [id, names[i], true]).sort());
    expect(await snapshot(stack)).toEqual(before);

    // one confirmed at an old version: nothing is deleted
    const confirmed = refused.dependants.map((d: { objectId: string; updateToken: string }) => ({ objectId: d.objectId, updateToken: d.updateToken }));
    const first = (await adminGet(stack, notes[0]!))!;
    expect((await stack.platform(ADMIN, 'PUT', `${OBJECTS}/${notes[0]}`, { value: { ...first.value, displayName: `${names[0]} v2` }, updateToken: first.updateToken })).status).toBe(200);
    const stale = await call('delete-alerting-object', { objectId: profile, updateToken: await token(profile!), withDependants: confirmed });
    expect(stale).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'dependency/changed' }] });
    expect((await snapshot(stack)).size).toBe(before.size);

    const fresh = stale.dependants.map((d: { objectId: string; updateToken: string }) => ({ objectId: d.objectId, updateToken: d.updateToken }));
    const done = await call('delete-alerting-object', { objectId: profile, updateToken: await token(profile!), withDependants: fresh });
    expect(done).toMatchObject({ status: 'ok', objectId: profile });
    expect([...done.deletedDependants].sort()).toEqual([...notes].sort());
    for (const id of [profile!, ...notes]) expect(await adminGet(stack, id)).toBeUndefined();
  });
});
