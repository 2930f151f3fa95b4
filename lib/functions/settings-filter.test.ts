import fc from 'fast-check';
import { equalsFilter, inFilter, MAX_FILTER_LENGTH, quoteFilterString } from './settings-filter';

/** Reads one single-quoted string at the start of `s` as the platform does; returns [value, rest]. */
function readQuoted(s: string): [string, string] | undefined {
  if (s[0] !== "'") return undefined;
  let out = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') { out += s[i + 1] ?? ''; i++; continue; }
    if (c === "'") return [out, s.slice(i + 1)];
    out += c;
  }
  return undefined;
}

describe('settings filter escaping', () => {
  it('round-trips any string as exactly one quoted literal', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (v) => {
      const q = quoteFilterString(v);
      expect(readQuoted(q)).toEqual([v, '']);
    }), { numRuns: 2000 });
  });
  it('keeps injection attempts inside the literal', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom("'", '\\', ')', ' or ', "') or value.x in('"), fc.string()), { maxLength: 8 }), (parts) => {
      const v = parts.join('');
      const expr = inFilter('value.managementZone', [v, 'x']);
      if (expr === undefined) return;
      let rest = expr.slice('value.managementZone in('.length);
      const values: string[] = [];
      for (;;) {
        const r = readQuoted(rest);
        expect(r).toBeDefined();
        values.push(r![0]);
        rest = r![1];
        if (rest.startsWith(',')) { rest = rest.slice(1); continue; }
        break;
      }
      expect(rest).toBe(')');
      expect(values).toEqual([...new Set([v, 'x'])]);
    }), { numRuns: 1000 });
  });
  it('gives up instead of exceeding the length limit', () => {
    expect(inFilter('value.alertingProfile', Array.from({ length: 50 }, (_, i) => 'x'.repeat(40) + i))).toBeUndefined();
    expect(inFilter('value.managementZone', [])).toBeUndefined();
    expect(equalsFilter('objectId', 'a'.repeat(MAX_FILTER_LENGTH))).toBeUndefined();
    expect(equalsFilter('objectId', "a'b")).toBe("objectId = 'a\\'b'");
  });
  it('returns an expression of exactly the length limit and nothing one character past it', () => {
    expect(inFilter('value.f', ['a'.repeat(1010)])).toHaveLength(MAX_FILTER_LENGTH);
    expect(inFilter('value.f', ['a'.repeat(1011)])).toBeUndefined();
    // two values: the separator counts too ('value.f in(' 11 + 502 + ',' 1 + 509 + ')' 1 = 1024)
    const two = inFilter('value.f', ['a'.repeat(500), 'b'.repeat(507)]);
    expect(two).toHaveLength(MAX_FILTER_LENGTH);
    expect(inFilter('value.f', ['a'.repeat(500), 'b'.repeat(508)])).toBeUndefined();
  });
  it('refuses field names that are not plain paths', () => {
    expect(() => inFilter("value.x') or (", ['a'])).toThrow();
  });
});
