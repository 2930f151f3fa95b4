import type { AlertingItem, Failure } from '../../../lib/contracts';
import { appendPage, firstPageRequest, GLANCE_ITEMS, walkInventory, type PageAnswer } from './inventoryWalk';

const item = (objectId: string): AlertingItem => ({
  objectId, schemaId: 'builtin:alerting.profile', teamId: 'checkout', value: {}, summary: objectId, findings: [], modified: null, modifiedBy: null,
});
const failure: Failure = { status: 'error', diagnostics: [{ code: 'ui/network', severity: 'error', message: 'the app could not reach the server' }] };

/** A listing of `pages` pages of two items; the page at `failAt` (a key, or 'first') fails. */
function listing(pages: number, failAt?: string) {
  const asked: Array<string | undefined> = [];
  const fetchPage = async (key: string | undefined): Promise<PageAnswer> => {
    asked.push(key);
    if (failAt === (key ?? 'first')) return failure;
    const n = key === undefined ? 0 : Number(key.slice(1));
    return { status: 'ok', items: [item(`o${2 * n}`), item(`o${2 * n + 1}`)], ...(n + 1 < pages ? { nextPageKey: `k${n + 1}` } : {}) };
  };
  return { asked, fetchPage };
}

function recorder() {
  const seen: Array<{ ids: string[]; more: boolean }> = [];
  const failures: Array<{ failure: Failure; resumeKey: string | undefined }> = [];
  return {
    seen, failures,
    onPage: (items: AlertingItem[], more: boolean) => seen.push({ ids: items.map((i) => i.objectId), more }),
    onFailure: (f: Failure, resumeKey: string | undefined) => failures.push({ failure: f, resumeKey }),
  };
}

describe('walking the inventory page by page', () => {
  it('hands over every page as it arrives until the last, pausing only after the first', async () => {
    const { asked, fetchPage } = listing(3);
    const r = recorder();
    let pauses = 0;
    await walkInventory({ from: undefined, fetchPage, ...r, pause: async () => { pauses++; }, signal: new AbortController().signal });
    expect(asked).toEqual([undefined, 'k1', 'k2']);
    expect(r.seen).toEqual([{ ids: ['o0', 'o1'], more: true }, { ids: ['o2', 'o3'], more: true }, { ids: ['o4', 'o5'], more: false }]);
    expect(pauses).toBe(1);
  });

  it('asks for the next page before handing over a later one, but only after the first page is painted', async () => {
    const { asked, fetchPage } = listing(4);
    const order: string[] = [];
    await walkInventory({
      from: undefined,
      fetchPage: (key) => { order.push(`ask ${key ?? 'first'}`); return fetchPage(key); },
      onPage: (items) => order.push(`got ${items[0]!.objectId}`),
      onFailure: () => undefined,
      pause: async () => { order.push('painted'); },
      signal: new AbortController().signal,
    });
    expect(asked).toEqual([undefined, 'k1', 'k2', 'k3']);
    expect(order).toEqual(['ask first', 'got o0', 'painted', 'ask k1', 'ask k2', 'got o2', 'ask k3', 'got o4', 'got o6']);
  });

  it('stops at a failed later page with its key, and a walk from that key goes on without repeating', async () => {
    const first = listing(4, 'k2');
    const r = recorder();
    await walkInventory({ from: undefined, fetchPage: first.fetchPage, ...r, pause: async () => undefined, signal: new AbortController().signal });
    expect(r.seen.map((p) => p.ids)).toEqual([['o0', 'o1'], ['o2', 'o3']]);
    expect(r.failures).toEqual([{ failure, resumeKey: 'k2' }]);

    const again = listing(4);
    const r2 = recorder();
    await walkInventory({ from: 'k2', fetchPage: again.fetchPage, ...r2, pause: async () => undefined, signal: new AbortController().signal });
    expect(again.asked).toEqual(['k2', 'k3']);
    expect(r2.seen.map((p) => p.ids)).toEqual([['o4', 'o5'], ['o6', 'o7']]);
  });

  it('reports a failed first page without a key, so a retry starts over', async () => {
    const { fetchPage } = listing(2, 'first');
    const r = recorder();
    await walkInventory({ from: undefined, fetchPage, ...r, pause: async () => undefined, signal: new AbortController().signal });
    expect(r.seen).toEqual([]);
    expect(r.failures).toEqual([{ failure, resumeKey: undefined }]);
  });

  it('reports nothing once aborted: a page of the previous team arriving late is dropped', async () => {
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const r = recorder();
    const walk = walkInventory({
      from: undefined,
      fetchPage: async () => {
        await new Promise<void>((resolve) => { release = resolve; });
        return { status: 'ok', items: [item('late')], nextPageKey: 'k1' };
      },
      ...r, pause: async () => undefined, signal: controller.signal,
    });
    controller.abort(); // the team changed while the page was on its way
    release();
    await walk;
    expect(r.seen).toEqual([]);
    expect(r.failures).toEqual([]);
  });

  it('stops between pages when aborted during the pause', async () => {
    const controller = new AbortController();
    const { asked, fetchPage } = listing(3);
    const r = recorder();
    await walkInventory({ from: undefined, fetchPage, ...r, pause: async () => controller.abort(), signal: controller.signal });
    expect(asked).toEqual([undefined]);
    expect(r.seen).toHaveLength(1);
  });

  it('treats a thrown abort as the end of the walk', async () => {
    const controller = new AbortController();
    const r = recorder();
    await expect(walkInventory({
      from: undefined,
      fetchPage: async () => {
        controller.abort();
        throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      },
      ...r, pause: async () => undefined, signal: controller.signal,
    })).resolves.toBeUndefined();
    expect(r.seen).toEqual([]);
  });
});

describe('a walk that glances first', () => {
  /** a listing of `total` objects: a glance answers the first `glanceSize`, full pages hold `pageSize` */
  function glanceListing(total: number, glanceSize: number, pageSize: number, failAt?: string) {
    const asked: string[] = [];
    const ids = (from: number, n: number) => Array.from({ length: Math.max(0, Math.min(n, total - from)) }, (_, i) => item(`o${from + i}`));
    const fetchPage = async (key: string | undefined, glance: boolean): Promise<PageAnswer> => {
      const name = glance ? 'glance' : key ?? 'first';
      asked.push(name);
      if (failAt === name) return failure;
      const size = glance ? glanceSize : pageSize;
      const from = key === undefined ? 0 : Number(key.slice(1)) * pageSize;
      return { status: 'ok', items: ids(from, size), ...(from + size < total ? { nextPageKey: glance ? 'glance-key' : `k${from / pageSize + 1}` } : {}) };
    };
    return { asked, fetchPage };
  }
  const seenWith = () => {
    const seen: Array<{ n: number; more: boolean; startsOver: boolean }> = [];
    const failures: Array<string | undefined> = [];
    return { seen, failures, onPage: (items: AlertingItem[], more: boolean, startsOver: boolean) => seen.push({ n: items.length, more, startsOver }), onFailure: (_: Failure, key: string | undefined) => failures.push(key) };
  };

  it('walks the listing from its start in full pages after the glance, never with the glance’s key', async () => {
    const { asked, fetchPage } = glanceListing(25, 3, 10);
    const r = seenWith();
    let pauses = 0;
    await walkInventory({ from: undefined, glance: true, fetchPage, ...r, pause: async () => { pauses++; }, signal: new AbortController().signal });
    expect(asked).toEqual(['glance', 'first', 'k1', 'k2']);
    expect(asked).not.toContain('glance-key');
    expect(r.seen).toEqual([
      { n: 3, more: true, startsOver: false },
      { n: 10, more: true, startsOver: true }, // replaces the glance
      { n: 10, more: true, startsOver: false },
      { n: 5, more: false, startsOver: false },
    ]);
    expect(pauses).toBe(1); // only after the glance: the full walk's pages follow each other
  });

  it('ends with the glance when it holds the whole listing', async () => {
    const { asked, fetchPage } = glanceListing(3, 5, 10);
    const r = seenWith();
    await walkInventory({ from: undefined, glance: true, fetchPage, ...r, pause: async () => undefined, signal: new AbortController().signal });
    expect(asked).toEqual(['glance']);
    expect(r.seen).toEqual([{ n: 3, more: false, startsOver: false }]);
  });

  it('reports a failed full first page without a key, so a retry starts over', async () => {
    const { fetchPage } = glanceListing(25, 3, 10, 'first');
    const r = seenWith();
    await walkInventory({ from: undefined, glance: true, fetchPage, ...r, pause: async () => undefined, signal: new AbortController().signal });
    expect(r.seen).toHaveLength(1);
    expect(r.failures).toEqual([undefined]);
  });

  it('does not glance when resuming from a page key', async () => {
    const { asked, fetchPage } = glanceListing(25, 3, 10);
    await walkInventory({ from: 'k1', glance: true, fetchPage, ...seenWith(), pause: async () => undefined, signal: new AbortController().signal });
    expect(asked).toEqual(['k1', 'k2']);
  });
});

describe('the first page\'s request', () => {
  it('names the team, the schema when there is one, and the glance size only for a glance', () => {
    expect(firstPageRequest('checkout', 'builtin:monitoring.slo', true)).toEqual({ teamId: 'checkout', schemaIds: ['builtin:monitoring.slo'], maxItems: GLANCE_ITEMS });
    expect(firstPageRequest('checkout', undefined, false)).toEqual({ teamId: 'checkout' });
  });
});

describe('appending a page', () => {
  it('keeps the order and leaves out objects already loaded', () => {
    const loaded = [item('a'), item('b')];
    expect(appendPage(loaded, [item('b'), item('c')]).map((i) => i.objectId)).toEqual(['a', 'b', 'c']);
    expect(appendPage(loaded, [item('a')])).toBe(loaded);
    const page = [item('x')];
    expect(appendPage([], page)).toBe(page);
  });
});
