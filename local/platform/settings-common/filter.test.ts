import fc from 'fast-check';
import { FilterError, matchesFilter, parseFilter } from './filter';

const get = (obj: Record<string, unknown>) => (f: string) => obj[f];

describe('platform filter', () => {
  it('binds and tighter than or', () => {
    const t = parseFilter("a = 'x' or b = 'y' and c = 'z'");
    expect(t.kind).toBe('or');
    expect(matchesFilter(t, get({ a: 'x' }))).toBe(true);
    expect(matchesFilter(t, get({ b: 'y' }))).toBe(false);
    expect(matchesFilter(t, get({ b: 'y', c: 'z' }))).toBe(true);
  });

  it('supports not, parentheses, in, numbers and case-insensitive string operators', () => {
    const o = get({ name: 'Checkout Critical', n: 5, t: 'a' });
    expect(matchesFilter(parseFilter("not (name contains 'critical')"), o)).toBe(false);
    expect(matchesFilter(parseFilter("name starts-with 'check' and name ends-with 'CAL'"), o)).toBe(true);
    expect(matchesFilter(parseFilter("t in ('b', 'a')"), o)).toBe(true);
    expect(matchesFilter(parseFilter('n >= 5 and n < 6 and n != 4'), o)).toBe(true);
    expect(matchesFilter(parseFilter("name = 'checkout critical'"), o)).toBe(false); // = is case-sensitive
  });

  it('compares timestamps with ISO dates', () => {
    const o = get({ created: Date.parse('2025-03-03T10:00:00Z') });
    expect(matchesFilter(parseFilter("created > '2025-03-03T09:00:00Z'"), o)).toBe(true);
  });

  it('enforces nesting depth 5 and length 1024', () => {
    expect(() => parseFilter("(((((a = 'x')))))")).not.toThrow();
    expect(() => parseFilter("((((((a = 'x'))))))")).toThrow(/nesting/);
    expect(() => parseFilter(`a = '${'x'.repeat(1100)}'`)).toThrow(/1024/);
  });

  it.each(["a = ", "= 'x'", "a = 'x' and", "(a = 'x'", "a in ()", "a contains 5", "a ! 'x'", "a = 'unterminated"])('rejects %p with a FilterError', (src) => {
    expect(() => parseFilter(src)).toThrow(FilterError);
  });

  it('never throws anything but FilterError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (src) => {
        try {
          parseFilter(src);
        } catch (e) {
          if (!(e instanceof FilterError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a quoted value cannot change the meaning of the filter (injection)', () => {
    const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom("'", '\\', ' ', 'a', 'o', 'r', ')', '(', '=', 'x') }), (value) => {
        const tree = parseFilter(`name = '${escape(value)}' and team = 'search'`);
        expect(tree).toEqual({
          kind: 'and',
          left: { kind: 'cmp', field: 'name', op: '=', value },
          right: { kind: 'cmp', field: 'team', op: '=', value: 'search' },
        });
        expect(matchesFilter(tree, get({ name: value, team: 'other' }))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
