import fc from 'fast-check';
import { quoteSelectorValue, scanEntitySelector } from './entity-selector';

describe('scanEntitySelector', () => {
  it('finds top-level mzId and mzName criteria', () => {
    expect(scanEntitySelector('type(SERVICE),mzId(-189204438944455158),mzName("Team A")'))
      .toEqual({ ids: ['-189204438944455158'], names: ['Team A'], nestedZoneCriteria: false, malformed: false });
  });
  it('unescapes ~" and ~~ and keeps parentheses and commas inside quotes', () => {
    expect(scanEntitySelector('mzName("a ~"quoted~" (name), with ~~tilde")').names).toEqual(['a "quoted" (name), with ~tilde']);
  });
  it('reads unquoted values and whitespace, and deduplicates', () => {
    expect(scanEntitySelector(' mzId( 123 ) , mzId(123), mzName(Plain name) ')).toEqual(expect.objectContaining({ ids: ['123'], names: ['Plain name'] }));
  });
  it('lists several zones in order', () => {
    expect(scanEntitySelector('mzId(1),mzId(2),mzName("x"),mzName("y")')).toEqual(expect.objectContaining({ ids: ['1', '2'], names: ['x', 'y'] }));
  });
  it('does not count zones inside not(...) or relationships, nor text inside other values', () => {
    const r = scanEntitySelector('type(HOST),not(mzId(1)),fromRelationships.runsOn(type(SERVICE),mzName("x")),tag("mzId(9)"),entityName("mzName(y)")');
    expect(r).toEqual({ ids: [], names: [], nestedZoneCriteria: true, malformed: false });
  });
  it.each(['mzName("open', 'type(SERVICE', 'type(SERVICE))', 'mzId()', 'mzName("a"x)'])('flags %j as malformed', (s) => {
    expect(scanEntitySelector(s).malformed).toBe(true);
  });
  it('is case-insensitive for the zone keys (fail closed)', () => {
    expect(scanEntitySelector('MZID(5)').ids).toEqual(['5']);
  });
  it('round-trips names quoted with quoteSelectorValue', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (name) => {
      const r = scanEntitySelector(`type(SERVICE),mzName(${quoteSelectorValue(name)})`);
      expect(r.malformed).toBe(false);
      expect(r.names).toEqual([name]);
    }));
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[mzIdName()"~, ]*$/), fc.jsonValue()), (s) => {
      const r = scanEntitySelector(s);
      expect(Array.isArray(r.ids) && Array.isArray(r.names)).toBe(true);
    }), { numRuns: 2000 });
  });
  it('is linear on large adversarial input', () => {
    const inputs = ['mzId('.repeat(200_000), 'mzName("'.repeat(200_000), '~'.repeat(1_000_000), 'mzId(1),'.repeat(100_000), '('.repeat(500_000)];
    const start = Date.now();
    for (const s of inputs) scanEntitySelector(s);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
