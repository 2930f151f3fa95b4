/**
 * Optimistic locking end to end (tracker issue 4): many concurrent writes of one object through
 * the built functions in the js-runtime. Exactly one write with a given updateToken wins; every
 * loser gets `conflict` carrying the current value and token (never a silent overwrite), and the
 * stored value is the winner's. Quotas hold under concurrent creates (tracker issue 14).
 */
import { contracts } from '../../lib/contracts';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { SCHEMAS } from '../support/scope-oracle';
import { adminCreate, adminGet, OBJECTS, oracleFor, snapshot, uniq, valueFor } from '../support/scoping-fixtures';

jest.setTimeout(120_000);

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
}, 60_000);
afterAll(async () => stack?.close());

const MAX = 'Max Member';

async function createOwn(schemaId: string, label: string): Promise<{ objectId: string; updateToken: string; value: Record<string, any> }> {
  const value = valueFor(oracleFor(stack), schemaId, `[checkout] ${label} ${uniq()}`, ['Checkout']);
  const created = await stack.call(MAX, 'create-alerting-object', { schemaId, value });
  expect(created.body.status).toBe('ok');
  const got = await stack.call(MAX, 'get-alerting-object', { objectId: created.body.objectId });
  expect(got.body.status).toBe('ok');
  return { objectId: created.body.objectId, updateToken: got.body.object.updateToken, value };
}

describe('200 concurrent updates of one object with the same updateToken', () => {
  it('exactly one wins, 199 get conflict with the winner\'s value, and the stored value is the winner\'s', async () => {
    const { objectId, updateToken, value } = await createOwn(SCHEMAS.metricEvent, 'contended');
    const values = Array.from({ length: 200 }, (_, i) => ({ ...value, modelProperties: { ...value.modelProperties, threshold: 1000 + i } }));
    const results = await Promise.all(values.map((v) => stack.call(MAX, 'update-alerting-object', { objectId, updateToken, value: v })));

    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    for (const r of results) expect(contracts['update-alerting-object'].response.safeParse(r.body).success).toBe(true);
    const statuses = results.map((r) => r.body.status);
    const winners = statuses.flatMap((s, i) => (s === 'ok' ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(statuses.filter((s) => s === 'conflict')).toHaveLength(199);

    const winner = values[winners[0]!]!;
    const stored = (await adminGet(stack, objectId))!;
    expect(stored.value).toEqual(winner); // no lost update
    expect(stored.updateToken).not.toBe(updateToken);
    for (const r of results.filter((x) => x.body.status === 'conflict')) {
      expect(r.body.diagnostics[0].code).toBe('settings/conflict');
      expect(r.body.current).toEqual({ objectId, value: winner, updateToken: stored.updateToken });
    }
  });

  it('clients that merge on conflict and retry lose no increment', async () => {
    const { objectId, updateToken } = await createOwn(SCHEMAS.metricEvent, 'counter');
    const start = (await adminGet(stack, objectId))!.value as Record<string, any>;
    const clients = 8;
    let calls = 0;
    const client = async () => {
      let base = { value: start, token: updateToken };
      for (let attempt = 0; attempt < 100; attempt++) {
        const next = { ...base.value, modelProperties: { ...base.value.modelProperties, threshold: base.value.modelProperties.threshold + 1 } };
        calls++;
        const r = await stack.call(MAX, 'update-alerting-object', { objectId, updateToken: base.token, value: next });
        if (r.body.status === 'ok') return;
        expect(r.body.status).toBe('conflict');
        base = { value: r.body.current.value, token: r.body.current.updateToken };
      }
      throw new Error('no progress after 100 attempts');
    };
    await Promise.all(Array.from({ length: clients }, client));
    const stored = (await adminGet(stack, objectId))!.value as Record<string, any>;
    expect(stored.modelProperties.threshold).toBe(start.modelProperties.threshold + clients);
    expect(calls).toBeGreaterThan(clients); // there was contention
  });
});

describe('concurrent deletes against updates', () => {
  it('exactly one write wins; the others get conflict (or not-found once deleted) and the outcome is consistent', async () => {
    const rounds = 3;
    const winnersSeen = new Set<string>();
    for (let round = 0; round < rounds; round++) {
      const { objectId, updateToken, value } = await createOwn(SCHEMAS.window, `race ${round}`);
      const ops = Array.from({ length: 30 }, (_, i) => (i % 2 === 0
        ? { fn: 'delete-alerting-object', payload: { objectId, updateToken } }
        : { fn: 'update-alerting-object', payload: { objectId, updateToken, value: { ...value, generalProperties: { ...value.generalProperties, description: `update ${i}` } } } }));
      // interleave the start order differently per round
      if (round === 1) ops.reverse();
      const results = await Promise.all(ops.map((o) => stack.call(MAX, o.fn, o.payload)));
      expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const ok = results.flatMap((r, i) => (r.body.status === 'ok' ? [i] : []));
      expect(ok).toHaveLength(1);
      const others = results.filter((r) => r.body.status !== 'ok').map((r) => r.body.status);
      expect(others.filter((s) => s !== 'conflict' && s !== 'not-found')).toEqual([]);
      const winner = ops[ok[0]!]!;
      winnersSeen.add(winner.fn);
      const stored = await adminGet(stack, objectId);
      if (winner.fn === 'delete-alerting-object') {
        expect(stored).toBeUndefined();
        for (const r of results.filter((x) => x.body.status === 'conflict')) expect(r.body.current).toBeUndefined();
      } else {
        expect(stored!.value).toEqual((winner.payload as { value: unknown }).value);
        // the object still exists, so every loser is a conflict carrying the winner's value
        expect(others.every((s) => s === 'conflict')).toBe(true);
        for (const r of results.filter((x) => x.body.status === 'conflict')) {
          expect(r.body.current).toEqual({ objectId, value: stored!.value, updateToken: stored!.updateToken });
        }
      }
    }
    expect(winnersSeen.size).toBeGreaterThan(0);
  });

  it('a stale token after a successful update is a conflict, and a delete with it leaves the object', async () => {
    const { objectId, updateToken, value } = await createOwn(SCHEMAS.slo, 'stale');
    const first = await stack.call(MAX, 'update-alerting-object', { objectId, updateToken, value: { ...value, targetWarning: 99.9 } });
    expect(first.body.status).toBe('ok');
    const [u, d] = await Promise.all([
      stack.call(MAX, 'update-alerting-object', { objectId, updateToken, value: { ...value, targetWarning: 99.7 } }),
      stack.call(MAX, 'delete-alerting-object', { objectId, updateToken }),
    ]);
    expect([u.body.status, d.body.status]).toEqual(['conflict', 'conflict']);
    const stored = (await adminGet(stack, objectId))!;
    expect(stored.value.targetWarning).toBe(99.9);
    expect(u.body.current).toEqual({ objectId, value: stored.value, updateToken: stored.updateToken });
  });
});

describe('a quota under concurrent creates', () => {
  it('with the team at 24 of 25 profiles, 16 concurrent creates leave exactly 25; the others get the quota code', async () => {
    const oracle = oracleFor(stack);
    const checkout = oracle.team('checkout');
    const teamProfiles = async () => {
      const all = await snapshot(stack);
      return [...all.values()].filter((o) => o.schemaId === SCHEMAS.profile && oracle.owner(oracle.zonesOf(o.schemaId, o.value, () => undefined), [checkout])).map((o) => o.objectId);
    };
    const start = (await teamProfiles()).length;
    expect(start).toBeLessThan(24);
    await adminCreate(stack, Array.from({ length: 24 - start }, (_, i) => ({ schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] filler ${i} ${uniq()}`, [i % 2 ? 'Payments' : 'Checkout']) })));
    const before = new Set(await teamProfiles());
    expect(before.size).toBe(24);

    const callers = [MAX, 'Lena Lead', 'Noah Two-Teams', MAX];
    // creates reach the platform late, as over a slow network: the calls running side by side all
    // count 24 before any of them has written (without this, calls here rarely overlap that window)
    stack.delayPlatform((r) => (r.method === 'POST' && new URL(r.url, 'http://x').pathname === OBJECTS && !r.url.includes('validateOnly=true') ? 300 : 0));
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => stack.call(callers[i % callers.length]!, 'create-alerting-object', {
      schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] racer ${i} ${uniq()}`, ['Checkout']),
    }))).finally(() => stack.delayPlatform(undefined));

    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    for (const r of results) expect(contracts['create-alerting-object'].response.safeParse(r.body).success).toBe(true);
    const after = await teamProfiles();
    expect(after).toHaveLength(25);
    const winners = results.filter((r) => r.body.status === 'ok');
    expect(winners).toHaveLength(1);
    expect(after).toContain(winners[0]!.body.objectId);
    expect(after.filter((id) => !before.has(id))).toEqual([winners[0]!.body.objectId]);
    for (const r of results.filter((x) => x.body.status !== 'ok')) {
      expect(r.body).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/quota/exceeded' }] });
    }
  });
});
