import fc from 'fast-check';
import { exampleValues } from '../settings-schemas/examples';
import { jsonPathOffsets, offsetOfPath } from './json-locations';
import { getAt } from './value-path';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('jsonPathOffsets', () => {
  it('finds properties at their keys and list items at their values', () => {
    const text = JSON.stringify({ a: 1, b: { c: [10, { d: 'x' }] } }, null, 2);
    const offsets = jsonPathOffsets(text);
    expect(text.slice(offsets.get('b.c')!, offsets.get('b.c')! + 3)).toBe('"c"');
    expect(lineOf(text, offsets.get('b.c.0')!)).toBe(5);
    expect(text.slice(offsets.get('b.c.1.d')!).startsWith('"d": "x"')).toBe(true);
    expect(offsets.get('')).toBe(0);
  });

  it('reads keys with escapes and values with delimiters inside strings', () => {
    const text = '{"a\\"b": "x,}]", "n": [true, null, -1.5e3]}';
    const offsets = jsonPathOffsets(text);
    expect(offsets.get('a"b')).toBe(1);
    expect(text.slice(offsets.get('n.2')!, offsets.get('n.2')! + 6)).toBe('-1.5e3');
  });

  it('locates every path of every example, and each at the text of its value (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.values(exampleValues)), fc.constantFrom(0, 2, 4), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const offsets = jsonPathOffsets(text);
      for (const [path, at] of offsets) {
        if (path === '') continue;
        const leaf = getAt(value, path);
        const key = path.split('.').at(-1)!;
        // a property starts at its quoted key; an item at its own JSON
        const expected = /^\d+$/.test(key) && Array.isArray(getAt(value, path.split('.').slice(0, -1).join('.'))) ? JSON.stringify(leaf, null, indent).split('\n')[0]! : JSON.stringify(key);
        expect(text.slice(at, at + expected.length)).toBe(expected);
      }
    }));
  });

  it('stops at a syntax error without throwing, and falls back to the nearest ancestor', () => {
    const offsets = jsonPathOffsets('{"a": {"b": "unterminated');
    expect(offsets.has('a')).toBe(true);
    expect(offsetOfPath(offsets, 'a.b.c')).toBe(offsets.get('a.b') ?? offsets.get('a'));
    expect(offsetOfPath(new Map(), 'x')).toBe(0);
  });
});
