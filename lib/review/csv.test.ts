import fc from 'fast-check';
import type { Revision } from '../contracts/get-alerting-history';
import { csvField, toCsv } from './csv';
import { HISTORY_CSV_HEADER, historyCsv, historyCsvFileName } from './history-csv';
import { buildTimeline } from './history-timeline';

/** An RFC 4180 reader (quoted fields may hold commas, quotes doubled, CR and LF), for checking what is written. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; } else if (text[i] === '"') { i++; break; } else { field += text[i]; i++; }
      }
    } else if (text[i] === ',') { record.push(field); field = ''; i++; } else if (text[i] === '\r' && text[i + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; i += 2;
    } else { field += text[i]; i++; }
  }
  if (field !== '' || record.length > 0) throw new Error('the text does not end with CRLF');
  return records;
}

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('CSV fields (RFC 4180)', () => {
  it('quote commas, quotes and line breaks, and leave plain text alone', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsv([['a', 'b'], ['c', '']])).toBe('a,b\r\nc,\r\n');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralise %j against formula injection', (cell) => {
    const written = csvField(cell);
    expect(parseCsv(`${written}\r\n`)[0]![0]).toBe(`'${cell}`);
  });

  it('read back as written, every field neutralised, for any text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', 'ü', '😀', "'") , maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (records) => {
      const parsed = parseCsv(toCsv(records));
      expect(parsed).toEqual(records.map((r) => r.map(neutral)));
      for (const field of parsed.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }));
  });
});

describe('the history as CSV', () => {
  const base: Revision = {
    objectId: 'p1', schemaId: 'builtin:alerting.profile', teamId: 'checkout', revision: '3', type: 'UPDATE', modifiedBy: 'u-1',
    modifiedTime: '2026-12-02T08:00:00.000Z', appId: null, before: { name: '=cmd|calc' }, after: { name: '=cmd|calc', managementZone: '101' },
  };
  const timeline = buildTimeline([base, { ...base, objectId: 'p2', revision: '4', modifiedBy: null, appId: 'my.app', modifiedTime: '2026-12-03T08:00:00.000Z', type: 'CREATE', before: null }], { appId: 'my.app', zoneNames: new Map([['101', 'Checkout, EU']]) });

  it('has a header and one record per entry in the order given, names as described, dangerous names neutralised', () => {
    const csv = historyCsv(timeline, { person: (id) => (id === 'u-1' ? '@Mallory, M.' : id), schema: () => 'alerting profile', object: (r) => String((r.after as { name: string }).name) });
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...HISTORY_CSV_HEADER]);
    expect(rows.slice(1)).toEqual([
      ['2026-12-03T08:00:00.000Z', 'unknown', '', 'created', 'alerting profile', "'=cmd|calc", 'p2', 'Checkout, EU', 'through Team Alerting', 'my.app', '4'],
      ['2026-12-02T08:00:00.000Z', "'@Mallory, M.", 'u-1', 'changed', 'alerting profile', "'=cmd|calc", 'p1', 'Checkout, EU', 'directly (API or settings page)', '', '3'],
    ]);
  });

  it('is named after the team and the days of the range', () => {
    expect(historyCsvFileName('checkout', { from: '2026-11-03T12:00:00.000Z', to: '2026-12-03T12:00:00.000Z' })).toBe('team-checkout-history-2026-11-03-2026-12-03.csv');
    expect(historyCsvFileName('a/../b c', { from: 'x', to: '2026-12-03T00:00:00Z' })).toBe('team-a-b-c-history-unknown-2026-12-03.csv');
  });
});
