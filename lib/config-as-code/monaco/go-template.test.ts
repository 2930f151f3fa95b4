import fc from 'fast-check';
import { lineColumn, parseTemplate, renderTemplate, templateParameters } from './go-template';
import { escapeTemplateBraces } from './template-json';

const render = (source: string, values: Record<string, string> = {}) => {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return parsed;
  return renderTemplate(parsed.parts, new Map(Object.entries(values)));
};

describe('the Go-template subset', () => {
  it('substitutes parameters written with or without spaces', () => {
    expect(render('{"name": "{{.name}}", "x": "{{ .zone_a }}"}', { name: 'n', zone_a: '1' })).toEqual({ ok: true, text: '{"name": "n", "x": "1"}' });
  });

  it('prints string constants: the way Monaco writes literal braces', () => {
    expect(render('{{`{{`}}x{{`}}`}} {{"{"}}')).toEqual({ ok: true, text: '{{x}} {' });
    expect(render('{{"a\\"b\\n\\u00e9"}}')).toEqual({ ok: true, text: 'a"b\né' });
  });

  it('reads `{{{` as a literal brace followed by an action, as Monaco does', () => {
    expect(render('x{{{.a}}}', { a: 'A' })).toEqual({ ok: true, text: 'x{A}' });
  });

  it('drops comments and honours trim markers', () => {
    expect(render('a {{/* note */}}b')).toEqual({ ok: true, text: 'a b' });
    expect(render('a   {{- .x -}}   b', { x: 'X' })).toEqual({ ok: true, text: 'aXb' });
  });

  it.each([
    ['{{ .a | printf "%s" }}', 'unsupported-action'],
    ['{{ if .a }}x{{ end }}', 'unsupported-action'],
    ['{{ .a.b }}', 'unsupported-action'],
    ['{{ len .a }}', 'unsupported-action'],
    ['{{ .a ', 'unterminated-action'],
    ['{{ "unterminated }}', 'unterminated-action'],
  ])('refuses %s with its position', (source, code) => {
    const parsed = parseTemplate(`line one\n  ${source}`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(`mac/template/${code}`);
    expect(lineColumn(`line one\n  ${source}`, parsed.problem.offset)).toEqual({ line: 2, column: 3 });
  });

  it('reports a parameter the values do not have (missingkey=error)', () => {
    const r = render('{{ .nope }}', {});
    expect(r).toMatchObject({ ok: false, problem: { code: 'mac/template/unknown-parameter' } });
  });

  it('lists the parameters a template uses', () => {
    const parsed = parseTemplate('{{.a}} {{ .b }} {{.a}} {{`c`}}');
    expect(parsed.ok && templateParameters(parsed.parts)).toEqual(['a', 'b']);
  });

  it('gives back any text after the export escaped its braces', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('{', '}', '`', '"', 'a', '.', ' ', '-', '\n', '\\', '$', '%') }), (s) => {
      expect(render(escapeTemplateBraces(s))).toEqual({ ok: true, text: s });
    }), { numRuns: 500 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: fc.constantFrom('{', '}', '.', 'a', '`', '"', '-', ' ', '/', '*'), maxLength: 40 }), (a, b) => {
      const r = render(a + b, { a: 'x' });
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 500 });
  });
});
