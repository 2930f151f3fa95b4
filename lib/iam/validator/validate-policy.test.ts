import { formatBoundary, formatPolicy, textKind, validateBoundary, validatePolicy } from '../index';

const codes = (t: string, o?: Parameters<typeof validatePolicy>[1]) => validatePolicy(t, o).map((f) => [f.severity, f.code, f.location.line, f.location.column]);

describe('validatePolicy', () => {
  it('suggests the closest permission for typos', () => {
    const [f] = validatePolicy('ALLOW settings:object:read;');
    expect(f).toMatchObject({ severity: 'error', code: 'iam/validate/unknown-permission', location: { line: 1, column: 7, endColumn: 27 }, suggestions: ['settings:objects:read', 'app-settings:objects:read', 'settings:objects:write'] });
    expect(f?.message).toBe('unknown permission `settings:object:read`');
    expect(f?.help).toBe('did you mean `settings:objects:read`?');
  });

  it('reports unknown services and malformed permissions', () => {
    expect(codes('ALLOW setings:objects:read, foo;')).toEqual([['error', 'iam/validate/unknown-service', 1, 7], ['error', 'iam/validate/invalid-permission', 1, 29]]);
  });

  it('reports a condition not defined for the permission and disallowed operators', () => {
    expect(codes('ALLOW settings:schemas:read WHERE environment:management-zone = "A";')).toEqual([['error', 'iam/validate/unknown-condition', 1, 35]]);
    expect(codes('ALLOW settings:objects:write WHERE environment:management-zone != "A";')).toEqual([['error', 'iam/validate/operator-not-allowed', 1, 64]]);
    expect(codes('ALLOW settings:objects:write WHERE environment:management-zone MATCH ("Team*");')).toEqual([]);
    expect(codes('ALLOW app-engine:functions:run WHERE global:week-day = "Monday";')).toEqual([]);
  });

  it('checks value shapes', () => {
    expect(codes('ALLOW settings:objects:read WHERE settings:schemaId IN "a";')).toEqual([['error', 'iam/validate/value-shape', 1, 56]]);
    expect(codes('ALLOW settings:objects:read WHERE settings:schemaId = ("a", "b");')).toEqual([['error', 'iam/validate/value-shape', 1, 35]]);
    expect(codes('ALLOW settings:objects:read WHERE settings:schemaId IN ("a");')).toEqual([['info', 'iam/validate/single-value-list', 1, 35]]);
  });

  it('limits a policy to 100 statements', () => {
    expect(codes('ALLOW settings:objects:read;\n'.repeat(101)).filter((c) => c[1] === 'iam/validate/too-many-statements')).toEqual([['error', 'iam/validate/too-many-statements', 101, 1]]);
  });

  it('reports duplicate and redundant statements', () => {
    expect(codes('ALLOW settings:objects:read WHERE settings:schemaId = "a";\nALLOW settings:objects:read;\nALLOW settings:objects:read WHERE settings:schemaId = "a";\nDENY settings:schemas:read;\nALLOW settings:schemas:read;')).toEqual([
      ['warning', 'iam/validate/redundant-permission', 1, 7],
      ['warning', 'iam/validate/duplicate-statement', 3, 1],
      ['info', 'iam/validate/unconditional-deny', 4, 1],
      ['warning', 'iam/validate/overridden-by-deny', 5, 7],
    ]);
  });

  it('reports missing and unused bind parameters', () => {
    const t = 'ALLOW settings:objects:read WHERE environment:management-zone = "${bindParam:mz}" AND settings:schemaId = "${bindParm:x}";';
    expect(codes(t, { params: { zone: 'A' } })).toEqual([
      ['warning', 'iam/validate/unused-parameter', 1, 1],
      ['error', 'iam/validate/missing-parameter', 1, 65],
      ['warning', 'iam/validate/unknown-placeholder', 1, 107],
    ]);
    expect(codes(t, { params: { mz: 'A' } }).map((c) => c[1])).toEqual(['iam/validate/unknown-placeholder']);
  });

  it('reports a missing final `;` at the end of the last statement, and the formatter writes it', () => {
    const text = 'ALLOW settings:schemas:read;\nALLOW settings:objects:read\n  WHERE settings:schemaId = "a"  // why\n';
    const [f, ...rest] = validatePolicy(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', code: 'iam/parse/missing-semicolon', location: { line: 3, column: 32, endLine: 3, endColumn: 32 }, help: 'end each statement with `;`' });
    expect(validatePolicy(formatPolicy(text))).toEqual([]);
    expect(validatePolicy('ALLOW settings:schemas:read WHERE null')).toMatchObject([{ code: 'iam/parse/missing-semicolon', location: { line: 1, column: 39 } }]);
    expect(validatePolicy('ALLOW settings:schemas:read; // done')).toEqual([]);
  });

  it('keeps a `;` between statements an error (the parser cannot tell where one ends)', () => {
    expect(validatePolicy('ALLOW settings:schemas:read\nALLOW settings:objects:read;').map((f) => [f.severity, f.code, f.location?.line])).toEqual([['error', 'iam/parse/missing-semicolon', 1]]);
  });

  it('writes messages in the house style', () => {
    for (const f of validatePolicy('ALLOW settings:object:read WHERE x = ("a");\nALLOW ;\nDENY settings:objects:write;')) {
      expect(f.message).toMatch(/^[^A-Z]/);
      expect(f.message).not.toMatch(/\.$|\n/);
    }
  });
});

describe('validateBoundary', () => {
  it('checks names, operators and the 10-condition limit', () => {
    const f = validateBoundary('environment:managment-zone = "A";\nenvironment:management-zone < "B";\n' + 'storage:host.name = "h";\n'.repeat(10));
    const codes = f.map((x) => [x.code, x.location.line]);
    expect(codes.slice(0, 2)).toEqual([['iam/validate/unknown-condition', 1], ['iam/validate/operator-not-allowed', 2]]);
    expect(codes).toContainEqual(['iam/validate/too-many-restrictions', 11]);
    expect(codes.filter((c) => c[0] === 'iam/validate/duplicate-condition').map((c) => c[1])).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(f[0]?.suggestions).toEqual(['environment:management-zone']);
  });

  it('reports a boundary line without `;` at the end of its condition', () => {
    const text = 'environment:management-zone IN ("A", "B");\nstorage:host.name = "h" // no semicolon\nstorage:k8s.namespace.name = "n"';
    expect(validateBoundary(text).map((x) => [x.severity, x.code, x.location?.line, x.location?.column])).toEqual([
      ['warning', 'iam/parse/missing-semicolon', 2, 24],
      ['warning', 'iam/parse/missing-semicolon', 3, 33],
    ]);
    expect(validateBoundary(formatBoundary(text))).toEqual([]);
    expect(validateBoundary('storage:host.name = "h" ;')).toEqual([]);
  });
});

describe('textKind', () => {
  it('tells a boundary from a policy by the first token after comments', () => {
    expect(textKind('// zones\nenvironment:management-zone IN ("A");')).toBe('boundary');
    expect(textKind('// why\nallow settings:objects:read;')).toBe('policy');
    expect(textKind('DENY settings:objects:write;')).toBe('policy');
    expect(textKind('')).toBe('policy');
    expect(textKind('"stray" a:b = "x"')).toBe('policy');
  });
});
