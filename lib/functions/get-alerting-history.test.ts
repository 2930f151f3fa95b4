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
  it('asks the platform for the last 30 days by default, in every schema, and says so', async () => {
    const { ports, firstPages } = recorded();
    const r = await getAlertingHistory(ports, {}, NOW);
    expect(r).toMatchObject({ status: 'ok', range: { from: iso(NOW - 30 * DAY), to: iso(NOW) } });
    expect(firstPages()).toHaveLength(5);
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
    expect(firstPages().length).toBe(5);
    expect(new Set(firstPages().map((q) => q.filter)).size).toBe(1);
    const mismatch = await getAlertingHistory(ports, { pageKey: first.nextPageKey, from: iso(NOW - 30 * DAY) }, NOW);
    expect(mismatch).toEqual({ status: 'invalid', diagnostics: [expect.objectContaining({ code: 'request/page-key-mismatch', location: { path: 'from' } })] });
  });
});
