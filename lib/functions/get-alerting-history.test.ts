import { ALERTING_SCHEMA_IDS } from '../contracts/common';
import { decodeCursor } from './cursor';
import { world } from './fake-ports.test-support';
import { getAlertingHistory } from './get-alerting-history';
import type { HistoryQuery } from './ports';

const DAY = 24 * 3600_000;
const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();

/** Max's ports with a history that records its queries and answers `pages` pages of nothing per listing. */
function recorded(pages = 1) {
  const w = world();
  const ports = w.ports('max.member@example.com');
  const queries: HistoryQuery[] = [];
  let served = 0;
  ports.settings.history = async (q) => {
    queries.push(q);
    served++;
    return { items: [], ...(served < pages ? { nextPageKey: `k${served}` } : {}) };
  };
  return { ports, queries, firstPages: () => queries.filter((q): q is Extract<HistoryQuery, { schemaId: string }> => 'schemaId' in q) };
}

describe('get-alerting-history time range', () => {
  it('asks the platform for the last 30 days by default, in one listing of all five schemas, and says so', async () => {
    const { ports, firstPages } = recorded();
    const r = await getAlertingHistory(ports, {}, NOW);
    expect(r).toMatchObject({ status: 'ok', range: { from: iso(NOW - 30 * DAY), to: iso(NOW) } });
    expect(firstPages()).toHaveLength(1);
    expect(firstPages()[0]!.schemaId).toBe(ALERTING_SCHEMA_IDS.join(','));
    for (const q of firstPages()) {
      expect(q.filter).toBe(`modificationInfo.lastModifiedTime >= '${iso(NOW - 30 * DAY)}' and modificationInfo.lastModifiedTime <= '${iso(NOW)}'`);
    }
  });

  it('sends the chosen range, together with the object filter', async () => {
    const { ports, firstPages } = recorded();
    const from = '2026-03-01T00:00:00+01:00';
    const r = await getAlertingHistory(ports, { objectId: 'abc', from, to: '2026-09-01T00:00:00Z' }, NOW);
    expect(r).toMatchObject({ status: 'ok', range: { from: '2026-02-28T23:00:00.000Z', to: '2026-09-01T00:00:00.000Z' } });
    expect(firstPages()[0]!.filter).toBe("objectId = 'abc' and modificationInfo.lastModifiedTime >= '2026-02-28T23:00:00.000Z' and modificationInfo.lastModifiedTime <= '2026-09-01T00:00:00.000Z'");
  });

  it.each([
    [{ from: iso(NOW - 366 * DAY) }, 'request/range-too-long'],
    [{ from: iso(NOW - 400 * DAY), to: iso(NOW - 20 * DAY) }, 'request/range-too-long'],
    [{ from: iso(NOW), to: iso(NOW - DAY) }, 'request/invalid-range'],
    [{ from: iso(NOW + DAY) }, 'request/invalid-range'],
  ])('refuses %j at the path of from (%s), before reading anything', async (range, code) => {
    const { ports, queries } = recorded();
    expect(await getAlertingHistory(ports, range, NOW)).toEqual({ status: 'invalid', diagnostics: [expect.objectContaining({ code, location: { path: 'from' } })] });
    expect(queries).toEqual([]);
  });

  it('accepts exactly one year', async () => {
    const { ports } = recorded();
    expect((await getAlertingHistory(ports, { from: iso(NOW - 365 * DAY) }, NOW)).status).toBe('ok');
  });

  it('goes on in the range of the first call, whenever the page key comes back', async () => {
    const { ports, firstPages } = recorded(25);
    const first = await getAlertingHistory(ports, { from: iso(NOW - 90 * DAY) }, NOW);
    if (first.status !== 'ok' || !first.nextPageKey) throw new Error('expected a page key');
    expect(decodeCursor(first.nextPageKey)?.range).toEqual({ from: NOW - 90 * DAY, to: NOW });
    const later = NOW + 7 * DAY;
    const next = await getAlertingHistory(ports, { pageKey: first.nextPageKey }, later);
    expect(next).toMatchObject({ status: 'ok', range: { from: iso(NOW - 90 * DAY), to: iso(NOW) } });
    expect(firstPages().length).toBe(1);
    expect(new Set(firstPages().map((q) => q.filter)).size).toBe(1);
    const mismatch = await getAlertingHistory(ports, { pageKey: first.nextPageKey, from: iso(NOW - 30 * DAY) }, NOW);
    expect(mismatch).toEqual({ status: 'invalid', diagnostics: [expect.objectContaining({ code: 'request/page-key-mismatch', location: { path: 'from' } })] });
  });
});

describe('get-alerting-history as a timeline', () => {
  /** A history of `count` revisions (newest first, alternating schemas, Checkout's zone), served in the platform's pages. */
  function history(count: number) {
    const w = world();
    const ports = w.ports('max.member@example.com');
    const zone = w.zoneId.Checkout!;
    const items = Array.from({ length: count }, (_, i) => {
      const profile = i % 2 === 0;
      const value = profile ? { name: `[checkout] p${i}`, managementZone: zone } : { summary: `[checkout] m${i}`, queryDefinition: { managementZone: zone } };
      return {
        objectId: `o${i}`, schemaId: profile ? 'builtin:alerting.profile' : 'builtin:anomaly-detection.metric-events', revision: String(count - i), type: 'UPDATE' as const,
        modifiedBy: 'u', modifiedTime: iso(NOW - i * 60_000), jsonAfter: JSON.stringify(value),
      };
    });
    const queries: HistoryQuery[] = [];
    let size = 500;
    ports.settings.history = async (q) => {
      queries.push(q);
      if ('schemaId' in q) size = q.pageSize;
      const offset = 'nextPageKey' in q ? Number(q.nextPageKey) : 0;
      const page = items.slice(offset, offset + size);
      // a revision of a schema the app does not list is skipped
      return { items: offset === 0 ? [{ ...page[0]!, schemaId: 'builtin:other' }, ...page.slice(1)] : page, ...(offset + size < items.length ? { nextPageKey: String(offset + size) } : {}) };
    };
    return { ports, queries };
  }

  it('keeps the platform\'s order across schemas, newest first, and reads every page without pageSize', async () => {
    const { ports, queries } = history(1200);
    const r = await getAlertingHistory(ports, {}, NOW);
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.nextPageKey).toBeUndefined();
    expect(r.revisions).toHaveLength(1199);
    expect(new Set(r.revisions.map((x) => x.schemaId))).toEqual(new Set(['builtin:alerting.profile', 'builtin:anomaly-detection.metric-events']));
    const times = r.revisions.map((x) => Date.parse(x.modifiedTime!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(queries).toHaveLength(3);
  });

  it('with pageSize answers a first page of about that size fast, and the page key goes on with older revisions', async () => {
    const { ports, queries } = history(450);
    const first = await getAlertingHistory(ports, { pageSize: 100 }, NOW);
    if (first.status !== 'ok' || !first.nextPageKey) throw new Error('expected a first page with a page key');
    // the first platform page held 99 of the team's revisions: one more page makes the answer
    expect(first.revisions).toHaveLength(199);
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatchObject({ pageSize: 100 });
    const seen = new Set(first.revisions.map((x) => x.objectId));
    let key: string | undefined = first.nextPageKey;
    let last = Date.parse(first.revisions.at(-1)!.modifiedTime!);
    while (key) {
      const next = await getAlertingHistory(ports, { pageKey: key, pageSize: 200 }, NOW);
      if (next.status !== 'ok') throw new Error(next.status);
      for (const x of next.revisions) {
        expect(seen.has(x.objectId)).toBe(false);
        expect(Date.parse(x.modifiedTime!)).toBeLessThan(last);
        last = Date.parse(x.modifiedTime!);
        seen.add(x.objectId);
      }
      key = next.nextPageKey;
    }
    expect(seen.size).toBe(449);
  });

  it('refuses a pageSize outside 1..500', async () => {
    const { ports } = history(1);
    const { getAlertingHistoryOperation } = await import('./operations/get-alerting-history');
    for (const pageSize of [0, 501, 1.5]) expect(await getAlertingHistoryOperation(ports, { pageSize })).toMatchObject({ status: 'invalid' });
  });
});

describe('get-alerting-history and notifications', () => {
  function withHistory(items: Array<{ objectId: string; schemaId: string; jsonAfter: string }>) {
    const w = world();
    const ports = w.ports('max.member@example.com');
    ports.settings.history = async () => ({ items: items.map((i, n) => ({ ...i, revision: String(n), type: 'CREATE' as const, modifiedTime: iso(NOW - n * 1000) })) });
    return { w, ports, lists: () => w.calls.filter((c) => c.op === 'list') };
  }

  it('owns a notification through its profile, reading the team\'s profiles only when a notification comes up', async () => {
    const probe = world();
    const profileValue = { name: '[checkout] p', managementZone: probe.zoneId.Checkout };
    const { w, ports, lists } = withHistory([]);
    const profileId = w.put('builtin:alerting.profile', profileValue);
    const notification = { objectId: 'n1', schemaId: 'builtin:problem.notifications', jsonAfter: JSON.stringify({ displayName: '[checkout] n', alertingProfile: profileId }) };
    const profile = { objectId: profileId, schemaId: 'builtin:alerting.profile', jsonAfter: JSON.stringify(profileValue) };

    ports.settings.history = async () => ({ items: [{ ...profile, revision: '1', type: 'CREATE', modifiedTime: iso(NOW) }] });
    const before = lists().length;
    const onlyProfiles = await getAlertingHistory(ports, {}, NOW);
    expect(onlyProfiles).toMatchObject({ status: 'ok', revisions: [{ objectId: profileId, teamId: 'checkout' }] });
    expect(lists().filter((c) => JSON.stringify(c.arg).includes('builtin:alerting.profile'))).toHaveLength(before);

    ports.settings.history = async () => ({ items: [{ ...notification, revision: '2', type: 'CREATE', modifiedTime: iso(NOW) }, { ...profile, revision: '1', type: 'CREATE', modifiedTime: iso(NOW - 1000) }] });
    const withNotification = await getAlertingHistory(ports, {}, NOW);
    expect(withNotification).toMatchObject({ status: 'ok', revisions: [{ objectId: 'n1', teamId: 'checkout' }, { objectId: profileId }] });
    expect(lists().some((c) => JSON.stringify(c.arg).includes('builtin:alerting.profile'))).toBe(true);
  });
});
