/** The listing flags each object beyond the team's quota (issue 14: quotas skipped through the Settings API show as findings). */
import { operations } from './index';
import { world } from './fake-ports.test-support';
import { cutoffOf, isBeyond } from './quota-standing';

const MAX = 'max.member@example.com';
const P = 'builtin:alerting.profile';

function teamWith(count: number) {
  const w = world();
  const ids = Array.from({ length: count }, (_, i) => w.put(P, { name: `[checkout] p${i}`, managementZone: w.zoneId.Checkout }));
  return { w, ids };
}

async function overQuota(w: ReturnType<typeof world>, maxItems?: number): Promise<string[]> {
  const flagged: string[] = [];
  let pageKey: string | undefined;
  do {
    const r = await operations['list-team-alerting'](w.ports(MAX), pageKey ? { pageKey } : { schemaIds: [P], ...(maxItems ? { maxItems } : {}) });
    if (r.status !== 'ok') throw new Error(r.status);
    for (const item of r.items) {
      const f = item.findings.filter((x) => x.code === 'guardrail/quota/over');
      if (f.length > 0) {
        expect(f[0]).toMatchObject({ rule: 'quota', severity: 'error', message: expect.stringContaining('quota of 25') });
        flagged.push(item.objectId);
      }
    }
    pageKey = r.nextPageKey;
  } while (pageKey);
  return flagged;
}

describe('list-team-alerting and quotas', () => {
  it('flags nothing while the team is within its quota', async () => {
    const { w } = teamWith(25);
    expect(await overQuota(w)).toEqual([]);
  });

  it('flags exactly the objects beyond the quota (latest created), also when the listing is paged', async () => {
    const { w, ids } = teamWith(28);
    expect((await overQuota(w)).sort()).toEqual(ids.slice(25).sort());
    expect((await overQuota(w, 5)).sort()).toEqual(ids.slice(25).sort());
  });

  it('reports in the quota\'s mode: a warn quota gives warnings', async () => {
    const { w } = teamWith(26);
    w.teams[0]!.quotas = [{ schemaId: P, max: 25, mode: 'warn' }];
    const r = await operations['list-team-alerting'](w.ports(MAX), { schemaIds: [P] });
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.items.flatMap((i) => i.findings).filter((f) => f.code === 'guardrail/quota/over').map((f) => f.severity)).toEqual(['warning']);
  });

  it('orders by created, then objectId, undated objects last', () => {
    const objects = [{ objectId: 'c' }, { objectId: 'b', created: 2 }, { objectId: 'a', created: 2 }, { objectId: 'z', created: 1 }];
    expect(cutoffOf(objects, 4)).toBeUndefined();
    const cutoff = cutoffOf(objects, 2)!;
    expect(objects.filter((o) => isBeyond({ t: cutoff }, 't', o)).map((o) => o.objectId)).toEqual(['c', 'b']);
    expect(isBeyond({}, 't', objects[0]!)).toBe(false);
  });

  it('costs no extra call when the schema fits the first page, and one count of the team\'s objects when it does not', async () => {
    const { w } = teamWith(30);
    const before = w.calls.length;
    await operations['list-team-alerting'](w.ports(MAX), { schemaIds: [P] });
    const lists = () => w.calls.slice(before).filter((c) => c.op === 'list' && (c.arg as { schemaIds?: string }).schemaIds === P).length;
    expect(lists()).toBe(1);
    for (let i = 0; i < 600; i++) w.put(P, { name: `[checkout] q${i}`, managementZone: w.zoneId.Checkout });
    const mark = w.calls.length;
    await operations['list-team-alerting'](w.ports(MAX), { schemaIds: [P] });
    // the listing's first page, then the count (first page again + the second)
    expect(w.calls.slice(mark).filter((c) => c.op === 'list').length).toBe(1 + 2 + 1);
  });

  it('a glance (a small first answer) makes no count: the call that continues it counts, and flags as a full listing does', async () => {
    const { w, ids } = teamWith(630);
    const mark = w.calls.length;
    const glance = await operations['list-team-alerting'](w.ports(MAX), { schemaIds: [P], maxItems: 100 });
    if (glance.status !== 'ok') throw new Error(glance.status);
    // the glance's one page of profiles (the other listing is the zone table), no count
    expect(w.calls.slice(mark).filter((c) => c.op === 'list' && (c.arg as { schemaIds?: string }).schemaIds === P).length).toBe(1);
    expect(glance.items.flatMap((i) => i.findings).filter((f) => f.code === 'guardrail/quota/over')).toEqual([]);
    const full = await overQuota(w);
    expect(full.length).toBe(ids.length - 25);
    // the glance's own rows carry no quota standing (the UI's walk reads them again); every later page does
    const inGlance = new Set(glance.items.map((i) => i.objectId));
    expect((await overQuota(w, 100)).sort()).toEqual(full.filter((id) => !inGlance.has(id)).sort());
  });
});

describe('the page key carries the quota cutoff strictly', () => {
  it('round-trips a cutoff and refuses a malformed one', async () => {
    const { decodeCursor, encodeCursor } = await import('./cursor');
    const c = { schemas: [P] as const, schema: 0, key: 'k', quota: { checkout: [5, 'obj-9'] as [number, string] } };
    expect(decodeCursor(encodeCursor({ ...c, schemas: [P] }))).toEqual({ ...c, schemas: [P] });
    const forged = btoa(encodeURIComponent(JSON.stringify({ v: 2, m: 1, s: 0, k: 'k', q: { checkout: ['x', 1] } })));
    expect(decodeCursor(forged)).toBeUndefined();
  });
});
