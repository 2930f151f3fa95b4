import fc from 'fast-check';
import { sameValue } from './same-value';

describe('sameValue', () => {
  it('ignores key order and undefined properties, not array order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
  });
  it('agrees with comparing canonical JSON (property)', () => {
    const canonical = (v: unknown): string => JSON.stringify(v, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1))) : x));
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(sameValue(a, b)).toBe(canonical(a) === canonical(b));
      expect(sameValue(a, JSON.parse(JSON.stringify(a)))).toBe(true);
    }));
  });
});
