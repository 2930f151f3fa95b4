import fc from 'fast-check';
import * as z from '../zod';
import { hasLoneSurrogate, illFormedTextPaths, refusingIllFormedText, toWellFormedAnswer, toWellFormedText } from './well-formed-text';

/** What the AppEngine runtime needs: the answer survives a UTF-8 round trip unchanged. */
const survivesUtf8 = (v: unknown) => {
  const json = JSON.stringify(v);
  return Buffer.from(json, 'utf8').toString('utf8') === json && !/\\ud[89a-f][0-9a-f]{2}/i.test(json);
};

describe('unpaired surrogates', () => {
  it('tells lone halves from well-formed pairs', () => {
    expect(hasLoneSurrogate('[checkout] x \ud83d')).toBe(true);
    expect(hasLoneSurrogate('\ude00 low first')).toBe(true);
    expect(hasLoneSurrogate('\ude00\ud83d')).toBe(true); // reversed pair
    expect(hasLoneSurrogate('emoji 😀 and 𝔘')).toBe(false);
    expect(toWellFormedText('a\ud83db\ude00')).toBe('a\ufffdb\ufffd');
    expect(toWellFormedText('😀')).toBe('😀');
  });

  it('finds every ill-formed string and key with its path', () => {
    const v = { name: 'ok', list: ['fine', 'cut \ud83d'], nested: { ['k\udc00']: 1, deeper: [{ s: '\ud800' }] } };
    expect(illFormedTextPaths(v)).toEqual([['list', 1], ['nested', 'k\ufffd'], ['nested', 'deeper', 0, 's']]);
  });

  it('walks deep values without recursion', () => {
    const depth = 100_000;
    let deep: unknown = 'leaf \ud800';
    for (let i = 0; i < depth; i++) deep = i % 2 ? [deep] : { d: deep };
    const paths = illFormedTextPaths(deep);
    expect(paths.map((p) => p.length)).toEqual([depth]);
    let leaf: unknown = toWellFormedAnswer(deep);
    while (typeof leaf !== 'string') leaf = Array.isArray(leaf) ? leaf[0] : (leaf as { d: unknown }).d;
    expect(leaf).toBe('leaf \ufffd');
  });

  it('returns an answer without lone surrogates as it is (no copy)', () => {
    const answer = { status: 'ok', items: [{ value: { name: 'a 😀' } }] };
    expect(toWellFormedAnswer(answer)).toBe(answer);
  });

  it('copies an answer with lone surrogates, replacing them in strings and keys, and leaves the original alone', () => {
    const answer = JSON.parse('{"status":"ok","items":[{"value":{"name":"[checkout] x \\ud83d","\\udc00":2,"__proto__":{"x":"\\ud800"}},"n":1,"b":true,"z":null}]}');
    const fixed = toWellFormedAnswer(answer);
    expect(fixed).not.toBe(answer);
    expect(fixed.items[0].value.name).toBe('[checkout] x \ufffd');
    expect(fixed.items[0].value['\ufffd']).toBe(2);
    expect(Object.getPrototypeOf(fixed.items[0].value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fixed.items[0].value, '__proto__')?.value).toEqual({ x: '\ufffd' });
    expect(fixed.items[0]).toMatchObject({ n: 1, b: true, z: null });
    expect(answer.items[0].value.name).toBe('[checkout] x \ud83d');
  });

  it('makes any JSON value safe for UTF-8 and changes nothing else (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 12 }), (v, s) => {
      const value = { v, s, [s]: s };
      const fixed = toWellFormedAnswer(value);
      expect(survivesUtf8(fixed)).toBe(true);
      if (illFormedTextPaths(value).length === 0) expect(fixed).toBe(value);
      // replacing is all it does: the same shape, and well-formed text unchanged
      expect(JSON.stringify(toWellFormedAnswer(fixed))).toBe(JSON.stringify(fixed));
    }), { numRuns: 200 });
  });
});

describe('refusingIllFormedText', () => {
  const schema = refusingIllFormedText(z.strictObject({ value: z.record(z.string(), z.unknown()), token: z.string().optional() }));

  it('refuses a lone surrogate anywhere in the request, at its path, with its code', () => {
    const r = schema.safeParse({ value: { name: '[checkout] x \ud83d', list: ['a', '\ude00'] }, token: 't\ud800' });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => ({ path: i.path.join('/'), code: (i as { params?: { code?: string } }).params?.code }));
    expect(issues).toEqual(expect.arrayContaining([
      { path: 'value/name', code: 'input/invalid-unicode' },
      { path: 'value/list/1', code: 'input/invalid-unicode' },
      { path: 'token', code: 'input/invalid-unicode' },
    ]));
  });

  it('accepts every well-formed string, emoji included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (name) => {
      expect(schema.safeParse({ value: { name } }).success).toBe(true);
    }));
  });
});
