import fc from 'fast-check';
import { operations } from './index';
import { world } from './fake-ports.test-support';
import { PortError } from './ports';
import { withinQuota } from './quota-settle';

const MAX = 'max.member@example.com';
const P = 'builtin:alerting.profile';

describe('withinQuota', () => {
  const objects = (n: number) => Array.from({ length: n }, (_, i) => ({ objectId: `o${String(i).padStart(3, '0')}`, created: 1000 + i }));

  it('keeps an object while the team is within the quota, and ranks by created then objectId beyond it', () => {
    expect(withinQuota(objects(25), 'o024', 25)).toBe(true);
    expect(withinQuota(objects(26), 'o024', 25)).toBe(true);
    expect(withinQuota(objects(26), 'o025', 25)).toBe(false);
    const tied = [...objects(24), { objectId: 'b', created: 5000 }, { objectId: 'a', created: 5000 }];
    expect(withinQuota(tied, 'a', 25)).toBe(true);
    expect(withinQuota(tied, 'b', 25)).toBe(false);
  });

  it('counts an own object it cannot see yet as the last one', () => {
    expect(withinQuota(objects(24), 'mine', 25)).toBe(true);
    expect(withinQuota(objects(25), 'mine', 25)).toBe(false);
  });

  it('fails closed when over the quota and an object has no creation time', () => {
    const undated = [...objects(25), { objectId: 'o999' }];
    expect(withinQuota(undated, 'o000', 25)).toBe(false);
    expect(withinQuota(undated, 'o999', 25)).toBe(false);
  });

  it('leaves exactly max objects whatever the interleaving of writes, recounts and removals (property)', () => {
    // each creator: write (created = the step it wrote at), later count what is visible then,
    // and remove its own object at some step after that when it ranks beyond the quota
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.infiniteStream(fc.nat()), (existing, max, creators, choices) => {
      fc.pre(existing <= max);
      const stored = new Map<string, number>();
      for (let i = 0; i < existing; i++) stored.set(`e${i}`, i);
      type Phase = 'write' | 'count' | 'remove' | 'done';
      const state = Array.from({ length: creators }, () => ({ phase: 'write' as Phase, keep: true }));
      let step = existing;
      const pick = choices[Symbol.iterator]();
      while (state.some((s) => s.phase !== 'done')) {
        const active = state.flatMap((s, i) => (s.phase === 'done' ? [] : [i]));
        const i = active[(pick.next().value as number) % active.length]!;
        const s = state[i]!;
        const id = `c${i}`;
        if (s.phase === 'write') {
          stored.set(id, ++step);
          s.phase = 'count';
        } else if (s.phase === 'count') {
          s.keep = withinQuota([...stored].map(([objectId, created]) => ({ objectId, created })), id, max);
          s.phase = s.keep ? 'done' : 'remove';
        } else {
          stored.delete(id);
          s.phase = 'done';
        }
      }
      expect(stored.size).toBe(Math.min(max, existing + creators));
    }), { numRuns: 500 });
  });
});

describe('create-alerting-object under concurrency', () => {
  function teamAt(count: number) {
    const w = world();
    for (let i = 0; i < count; i++) w.put(P, { name: `[checkout] p${i}`, managementZone: w.zoneId.Checkout });
    const profiles = () => [...w.objects.values()].filter((o) => o.schemaId === P).length;
    return { w, profiles };
  }
  const create = (w: ReturnType<typeof world>, i: number) =>
    operations['create-alerting-object'](w.ports(MAX), { schemaId: P, value: { name: `[checkout] new ${i}`, managementZone: w.zoneId.Checkout } });

  it('leaves exactly 25 of 25 profiles after 16 concurrent creates at 24; the others get the quota code', async () => {
    const { w, profiles } = teamAt(24);
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => create(w, i)));
    expect(profiles()).toBe(25);
    const ok = results.filter((r) => r.status === 'ok');
    expect(ok).toHaveLength(1);
    expect(w.objects.has((ok[0] as { objectId: string }).objectId)).toBe(true);
    for (const r of results.filter((x) => x.status !== 'ok')) {
      expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/quota/exceeded' }] });
    }
    // the race was real: more than one caller wrote, and the losers removed their own objects
    expect(w.writes.filter((x) => x.op === 'create').length).toBeGreaterThan(1);
    expect(w.writes.filter((x) => x.op === 'delete')).toHaveLength(w.writes.filter((x) => x.op === 'create').length - 1);
  });

  it('answers error naming the object when removing it again fails, never ok', async () => {
    const { w } = teamAt(25);
    // the count before the write is stale (as under a race): every listing before the write shows 24
    const ports = w.ports(MAX);
    let written = false;
    const settings = {
      ...ports.settings,
      async listPage(q: Parameters<typeof ports.settings.listPage>[0]) {
        const page = await ports.settings.listPage(q);
        return written ? page : { ...page, items: page.items.filter((i) => i.schemaId !== P || i.objectId !== 'obj-4') };
      },
      async create(...args: Parameters<typeof ports.settings.create>) {
        written = true;
        return ports.settings.create(...args);
      },
      async delete() {
        throw new PortError('forbidden', 'Access denied: missing permission');
      },
    };
    const r = await operations['create-alerting-object']({ ...ports, settings }, { schemaId: P, value: { name: '[checkout] late', managementZone: w.zoneId.Checkout } });
    expect(r).toMatchObject({
      status: 'error',
      diagnostics: [{ code: 'guardrail/quota/exceeded' }, { code: 'guardrail/quota/undo-failed', message: expect.stringContaining('Access denied: missing permission') }],
    });
    expect(JSON.stringify(r)).toContain('obj-'); // names the object left behind
  });

  it('removes its own object when the count cannot be read after the write (fail closed)', async () => {
    const { w, profiles } = teamAt(3);
    const ports = w.ports(MAX);
    let written = false;
    const settings = {
      ...ports.settings,
      async listPage(q: Parameters<typeof ports.settings.listPage>[0]) {
        if (written && 'schemaIds' in q && q.schemaIds === P) throw new PortError('error', 'unavailable');
        return ports.settings.listPage(q);
      },
      async create(...args: Parameters<typeof ports.settings.create>) {
        written = true;
        return ports.settings.create(...args);
      },
    };
    const r = await operations['create-alerting-object']({ ...ports, settings }, { schemaId: P, value: { name: '[checkout] n', managementZone: w.zoneId.Checkout } });
    expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/quota/unknown' }] });
    expect(profiles()).toBe(3);
  });

  it('lets a quota in warn mode be exceeded (it only reports)', async () => {
    const { w, profiles } = teamAt(24);
    w.teams[0]!.quotas = [{ schemaId: P, max: 25, mode: 'warn' }];
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => create(w, i)));
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(profiles()).toBe(28);
  });
});
