import { spanDiagnostic, validatePolicy } from '../../../../lib/iam';
import { offsetOf, toDiagnostics } from './editorDiagnostics';

describe('findings as editor diagnostics', () => {
  it('maps a misspelt permission to the exact range of its text, with message and help', () => {
    const text = 'ALLOW settings:objects:read;\nALLOW settings:objects:wirte;\n';
    const findings = validatePolicy(text);
    const d = toDiagnostics(text, findings).find((x) => x.severity === 'error');
    expect(d).toBeDefined();
    expect(text.slice(d!.from, d!.to)).toContain('wirte');
    expect(d!.from).toBeGreaterThan(text.indexOf('\n'));
    expect(d!.message).toMatch(/settings:objects:write/); // the did-you-mean is in the message or help
  });

  it('widens empty ranges so they can be seen, also at the end of the text', () => {
    const f = spanDiagnostic('iam/validate/duplicate-permission', 'm', { line: 1, column: 4, endLine: 1, endColumn: 4, offset: 3, endOffset: 3 });
    expect(toDiagnostics('abcdef', [f])[0]).toMatchObject({ from: 3, to: 4, severity: 'warning' });
    expect(toDiagnostics('abc', [f])[0]).toMatchObject({ from: 2, to: 3 });
  });

  it('maps info to info and clamps offsets past the end', () => {
    const f = spanDiagnostic('iam/validate/single-value-list', 'm', { line: 9, column: 1, endLine: 9, endColumn: 5, offset: 0, endOffset: 0 });
    expect(offsetOf('ab\ncd', 2, 2)).toBe(4);
    expect(offsetOf('ab\ncd', 2, 99)).toBe(5);
    expect(toDiagnostics('ab\ncd', [f])[0]).toMatchObject({ from: 4, to: 5, severity: 'info' });
  });
});
