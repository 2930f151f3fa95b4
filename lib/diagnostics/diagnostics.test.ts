import fc from 'fast-check';
import { atPath, compareDiagnostics, diagnosticFactory, hasErrors, locationOf, sortDiagnostics, type CodeTable, type Diagnostic, type Location } from './index';

const CODES = {
  'demo/broken': { severity: 'error', summary: 'something is broken' },
  'demo/odd': { severity: 'warning', summary: 'something is odd' },
  'demo/note': { severity: 'info', summary: 'something to note' },
} as const satisfies CodeTable;
const diagnostic = diagnosticFactory(CODES);

describe('diagnosticFactory', () => {
  it('takes the severity from the code unless the producer says otherwise', () => {
    expect(diagnostic('demo/odd', 'm')).toEqual({ code: 'demo/odd', severity: 'warning', message: 'm' });
    expect(diagnostic('demo/odd', 'm', { severity: 'info' }).severity).toBe('info');
  });

  it('keeps help, location and suggestions, leaving out what is empty', () => {
    expect(diagnostic('demo/broken', 'm', { help: 'h', location: { path: 'a/0/b' }, suggestions: ['x'] }))
      .toEqual({ code: 'demo/broken', severity: 'error', message: 'm', help: 'h', location: { path: 'a/0/b' }, suggestions: ['x'] });
    expect(diagnostic('demo/broken', 'm', { help: undefined, location: { path: '' }, suggestions: [] })).toEqual({ code: 'demo/broken', severity: 'error', message: 'm' });
  });

  it('copies a location in one field order and shares nothing with the caller', () => {
    const span = { endOffset: 9, offset: 4, endColumn: 10, endLine: 1, column: 5, line: 1 };
    const d = diagnostic('demo/broken', 'm', { location: span });
    expect(Object.keys(d.location!)).toEqual(['line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset']);
    span.line = 99;
    expect(d.location!.line).toBe(1);
  });

  it('refuses codes that are not in its table at compile time, and makes an untyped one an error', () => {
    // @ts-expect-error an unknown code does not compile
    expect(diagnostic('demo/unknown', 'm').severity).toBe('error');
  });
});

describe('locations', () => {
  it('a whole value has no location; a path is a location', () => {
    expect(atPath('')).toBeUndefined();
    expect(atPath(undefined)).toBeUndefined();
    expect(atPath('rules/0/tag')).toEqual({ path: 'rules/0/tag' });
  });

  it('never keeps an undefined field or an empty path (property)', () => {
    const field = fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined });
    const location = fc.record({ file: fc.option(fc.string(), { nil: undefined }), path: fc.option(fc.string(), { nil: undefined }), line: field, column: field, endLine: field, endColumn: field });
    fc.assert(fc.property(location, (l: Location) => {
      const out = locationOf(l);
      if (out === undefined) return Object.values(l).every((v) => v === undefined || v === '');
      return Object.values(out).every((v) => v !== undefined && v !== '') && Object.entries(out).every(([k, v]) => (l as Record<string, unknown>)[k] === v);
    }));
  });
});

describe('ordering', () => {
  const at = (code: keyof typeof CODES, location?: Location, message = 'm'): Diagnostic => diagnostic(code, message, { location });

  it('sorts by file, line, column, path, then severity, code and message', () => {
    const list = [
      at('demo/note', { file: 'b.yaml', line: 1 }),
      at('demo/odd', { line: 2, column: 1 }),
      at('demo/broken', { line: 2, column: 1 }),
      at('demo/broken', { line: 1, column: 9 }),
      at('demo/broken', { path: 'z' }),
      at('demo/broken', { path: 'a' }),
      at('demo/broken'),
    ];
    expect(sortDiagnostics(list).map((d) => [d.location?.file, d.location?.line, d.location?.column, d.location?.path, d.code])).toEqual([
      [undefined, undefined, undefined, undefined, 'demo/broken'],
      [undefined, undefined, undefined, 'a', 'demo/broken'],
      [undefined, undefined, undefined, 'z', 'demo/broken'],
      [undefined, 1, 9, undefined, 'demo/broken'],
      [undefined, 2, 1, undefined, 'demo/broken'],
      [undefined, 2, 1, undefined, 'demo/odd'],
      ['b.yaml', 1, undefined, undefined, 'demo/note'],
    ]);
  });

  it('is a total order: sorting any permutation gives the same list (property)', () => {
    const one = fc.record({
      code: fc.constantFrom<keyof typeof CODES>('demo/broken', 'demo/odd', 'demo/note'),
      message: fc.constantFrom('a', 'b'),
      location: fc.option(fc.record({ file: fc.constantFrom('x', 'y'), line: fc.integer({ min: 1, max: 3 }), path: fc.constantFrom('p', 'q') }, { requiredKeys: [] }), { nil: undefined }),
    }).map((r) => at(r.code, r.location, r.message));
    fc.assert(fc.property(fc.array(one, { maxLength: 12 }), (list) => {
      const sorted = sortDiagnostics(list);
      expect(sortDiagnostics([...list].reverse())).toEqual(sorted);
      for (let i = 1; i < sorted.length; i++) expect(compareDiagnostics(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
    }));
  });

  it('says whether any diagnostic is an error', () => {
    expect(hasErrors([at('demo/odd'), at('demo/note')])).toBe(false);
    expect(hasErrors([at('demo/odd'), at('demo/broken')])).toBe(true);
  });
});
