import fc from 'fast-check';
import { checkPolicyValue, parsePolicy, quotePolicyValue } from '../index';

/** The values a condition of `text` carries, as the parser reads them. */
function valuesOf(text: string): string[] {
  return parsePolicy(text).policy.statements.flatMap((s) => s.conditions).flatMap((c) => c.values.map((v) => v.raw));
}

describe('policy values', () => {
  it('a value that passes the check parses back to exactly itself and adds no statement', () => {
    const hostile = fc.constantFrom('"', "'", ';', '//', ' OR ', 'ALLOW x:y:z;', '\\', '${', '\n', ')', '(', ',', 'é', '\u2028');
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.oneof(hostile, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join('')));
    fc.assert(fc.property(value, (v) => {
      if (checkPolicyValue('zone', v) !== undefined) return;
      const text = `ALLOW settings:objects:read WHERE environment:management-zone = ${quotePolicyValue(v)};\n`;
      expect(parsePolicy(text).diagnostics).toEqual([]);
      expect(parsePolicy(text).policy.statements).toHaveLength(1);
      expect(valuesOf(text)).toEqual([v]);
    }), { numRuns: 500 });
  });

  it.each([['both quotes', `a"b'c`], ['backslash', 'a\\b'], ['newline', 'a\nALLOW x:y:z;'], ['carriage return', 'a\rb'], ['placeholder', '${bindParam:x}'], ['empty', ''], ['over-long', 'x'.repeat(501)]])('refuses a value with %s, in one line naming the kind', (_why, v) => {
    const problem = checkPolicyValue('management zone name', v);
    expect(problem?.code).toBe('iam/generate/unsafe-value');
    expect(problem?.message).toMatch(/^management zone name `/);
    expect(problem?.message).not.toMatch(/[\n\r]/);
    expect(problem?.help).toBeTruthy();
  });

  it('quotes with the quote kind the value does not contain', () => {
    expect([quotePolicyValue('Team A'), quotePolicyValue('Team "A"'), quotePolicyValue("O'Neil")]).toEqual(['"Team A"', `'Team "A"'`, `"O'Neil"`]);
  });
});
