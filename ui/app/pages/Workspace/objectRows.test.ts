import type { AlertingItem, Finding } from '../../../../lib/contracts';
import { DEFAULT_SORT, filterRows, sortRows, toRows } from './objectRows';

const item = (objectId: string, summary: string, extra: Partial<AlertingItem> = {}): AlertingItem => ({
  objectId, schemaId: 'builtin:alerting.profile', teamId: 'checkout', value: {}, summary, findings: [], modified: null, modifiedBy: null, ...extra,
});

const finding = (message: string): Finding => ({ rule: 'naming', severity: 'error', code: 'guardrail/naming/prefix', message });
const ids = (rows: Array<{ objectId: string }>) => rows.map((r) => r.objectId);

describe('toRows', () => {
  it('builds a row once per item (a later page only converts its new items)', () => {
    const a = item('a', 'Alpha');
    const [first] = toRows([a]);
    const [again] = toRows([a, item('b', 'Beta')]);
    expect(again).toBe(first);
  });

  it('lowercases the search text and the text sort keys', () => {
    const [row] = toRows([item('a', '[Checkout] Alpha', { modifiedBy: 'Max', findings: [finding('Zone MISSING')] })]);
    expect(row!.haystack).toBe('[checkout] alpha\nmax\nzone missing');
    expect([row!.summaryKey, row!.modifiedByKey, row!.findingText]).toEqual(['[checkout] alpha', 'max', 'Zone MISSING']);
  });
});

describe('sortRows', () => {
  const rows = toRows([
    item('1', 'beta', { modified: 30, modifiedBy: 'zoe' }),
    item('2', 'Alpha', { modified: 10, modifiedBy: 'Adam' }),
    item('3', 'alpha', { modified: 20, modifiedBy: 'adam' }),
    item('4', 'Gamma', { modified: 20, findings: [finding('m')] }),
  ]);

  it('sorts text columns ignoring case; ties keep the inventory order', () => {
    expect(ids(sortRows(rows, DEFAULT_SORT))).toEqual(['2', '3', '1', '4']);
    expect(ids(sortRows(rows, [{ id: 'summary', desc: true }]))).toEqual(['4', '1', '2', '3']);
  });

  it('sorts number columns numerically and by several columns in order', () => {
    expect(ids(sortRows(rows, [{ id: 'modified', desc: false }]))).toEqual(['2', '3', '4', '1']);
    expect(ids(sortRows(rows, [{ id: 'findings', desc: true }, { id: 'modified', desc: true }]))).toEqual(['4', '1', '3', '2']);
    expect(ids(sortRows(rows, [{ id: 'modifiedBy', desc: false }, { id: 'modified', desc: true }]))).toEqual(['4', '3', '2', '1']);
  });

  it('keeps the rows as they are without a (known) sort column, and never changes its input', () => {
    expect(sortRows(rows, [])).toBe(rows);
    expect(sortRows(rows, [{ id: 'actions', desc: false }])).toBe(rows);
    sortRows(rows, DEFAULT_SORT);
    expect(ids(rows)).toEqual(['1', '2', '3', '4']);
  });
});

describe('filterRows', () => {
  const rows = toRows([item('1', 'Payments errors'), item('2', 'Checkout slow', { findings: [finding('Global scope')] })]);

  it('matches the search text in any case, and the findings filter, keeping the order', () => {
    expect(ids(filterRows(rows, '  PAYMENTS ', 'all'))).toEqual(['1']);
    expect(ids(filterRows(rows, 'global', 'all'))).toEqual(['2']);
    expect(ids(filterRows(rows, '', 'with'))).toEqual(['2']);
    expect(ids(filterRows(rows, '', 'without'))).toEqual(['1']);
    expect(filterRows(rows, ' ', 'all')).toBe(rows);
  });
});
