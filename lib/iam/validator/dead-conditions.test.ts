import fc from 'fast-check';
import { compilePolicySet, evaluate, validatePolicy } from '../index';
import { zoneScopedSchemas } from '../catalog/applicability';

const found = (t: string, code: string) => validatePolicy(t).filter((f) => f.code === code).map((f) => [f.severity, f.location?.line, f.location?.column]);
const CONTRA = 'iam/validate/contradiction';
const S = 'ALLOW settings:objects:read WHERE ';

describe('contradictions in one statement', () => {
  it('reports two different `=` on one key at the second, with both in the message', () => {
    const [f, ...rest] = validatePolicy(`${S}settings:schemaId = "a" AND settings:schemaId = "b";`).filter((x) => x.code === CONTRA);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', location: { line: 1, column: 63, endColumn: 86 } });
    expect(f?.message).toBe('`settings:schemaId = "b"` contradicts `settings:schemaId = "a"`: the statement never matches');
    expect(f?.help).toMatch(/^a value cannot be two things at once: use one `IN \(…\)` list/);
  });

  it.each([
    ['IN lists without a common value', 'settings:schemaId IN ("a", "b") AND settings:schemaId IN ("c", "d")'],
    ['= and != of the same value', 'settings:schemaId = "a" AND settings:schemaId != "a"'],
    ['IN and NOT IN covering it', 'settings:schemaId IN ("a", "b") AND settings:schemaId NOT IN ("b", "a")'],
    ['= outside a prefix', 'settings:schemaId = "builtin:a" AND settings:schemaId startsWith "app:"'],
    ['= inside an excluded prefix', 'settings:schemaId NOT startsWith "builtin:" AND settings:schemaId = "builtin:a"'],
    ['startsWith prefixes that cannot both hold', 'settings:schemaId startsWith "builtin:" AND settings:schemaId startsWith "app:"'],
    ['startsWith inside an excluded prefix', 'settings:schemaId startsWith "builtin:alerting" AND settings:schemaId NOT startsWith "builtin:"'],
    ['an IN list narrowed to nothing by NOT IN', 'settings:scope = "HOST-1" AND settings:scope IN ("HOST-1", "HOST-2") AND settings:scope NOT IN ("HOST-1")'],
    ['= that no MATCH pattern matches', 'settings:scope = "HOST-1" AND settings:scope MATCH ("PROCESS_GROUP-*", "SERVICE-*")'],
  ])('reports %s', (_n, where) => {
    expect(found(`${S}${where};`, CONTRA)).toHaveLength(1);
    expect(found(`DENY settings:objects:read WHERE ${where};`, CONTRA)).toHaveLength(1);
  });

  it.each([
    ['= within an IN list', 'settings:schemaId = "a" AND settings:schemaId IN ("a", "b")'],
    ['nested prefixes', 'settings:schemaId startsWith "builtin:" AND settings:schemaId startsWith "builtin:alerting"'],
    ['two != (open-ended values)', 'settings:schemaId != "a" AND settings:schemaId != "b"'],
    ['a prefix and an unrelated exclusion', 'settings:schemaId startsWith "builtin:" AND settings:schemaId NOT startsWith "builtin:alerting"'],
    ['different keys', 'settings:schemaId = "a" AND settings:scope = "b"'],
    ['schema groups (a schema has several)', 'settings:schemaGroup = "group:a" AND settings:schemaGroup = "group:b"'],
    ['bind parameters (unknown until bound)', 'environment:management-zone = "${bindParam:a}" AND environment:management-zone = "B"'],
  ])('does not report %s', (_n, where) => {
    expect(found(`${S}${where};`, CONTRA)).toEqual([]);
  });

  it('treats MATCH on Grail record fields as "any element" and so never as a contradiction', () => {
    expect(found('ALLOW storage:logs:read WHERE storage:dt.security_context MATCH ("a*") AND storage:dt.security_context MATCH ("b*");', CONTRA)).toEqual([]);
    expect(found('ALLOW storage:logs:read WHERE storage:host.name = "a" AND storage:host.name = "b";', CONTRA)).toHaveLength(1);
  });

  it('is sound: a statement reported as contradictory matches no single value', () => {
    const vals = fc.constantFrom('a', 'b', 'ab', 'abc', 'b*', 'a*', '');
    const cond = fc.record({ op: fc.constantFrom('=', '!=', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH'), vs: fc.uniqueArray(vals, { minLength: 1, maxLength: 3 }) })
      .map(({ op, vs }) => (['IN', 'NOT IN', 'MATCH'].includes(op) ? `settings:scope ${op} (${vs.map((v) => `"${v}"`).join(', ')})` : `settings:scope ${op} "${vs[0] as string}"`));
    const universe = ['', 'a', 'b', 'ab', 'abc', 'abd', 'ba', 'b*', 'a*', 'b*x', 'zz'];
    fc.assert(fc.property(fc.array(cond, { minLength: 2, maxLength: 4 }), (cs) => {
      const text = `${S}${cs.join(' AND ')};`;
      if (found(text, CONTRA).length === 0) return;
      const set = compilePolicySet([{ text }]);
      for (const x of universe) expect([x, evaluate(set, { permission: 'settings:objects:read', attributes: { 'settings:scope': x } }).decision]).toEqual([x, 'deny']);
    }), { numRuns: 500 });
  });
});

describe('conditions that cannot apply', () => {
  it('reads the five zone-scoped schemas from the reference text (seed 002)', () => {
    expect(zoneScopedSchemas()).toEqual(['builtin:alerting.maintenance-window', 'builtin:alerting.profile', 'builtin:anomaly-detection.metric-events', 'builtin:monitoring.slo', 'builtin:problem.notifications']);
  });

  it('warns at the schema id when a zone condition meets a schema it does not scope', () => {
    const t = `${S}settings:schemaId IN ("builtin:alerting.profile", "builtin:span-attribute") AND environment:management-zone = "Checkout";`;
    const [f, ...rest] = validatePolicy(t);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', code: 'iam/validate/zone-not-applicable', location: { line: 1, column: 85, endColumn: 109 }, message: '`environment:management-zone` does not apply to `builtin:span-attribute`' });
    expect(f?.help).toContain('`builtin:alerting.profile`');
    expect(validatePolicy(`ALLOW settings:objects:write WHERE settings:schemaId = "builtin:monitoring.slo" AND environment:management-zone IN ("A", "B");`)).toEqual([]);
    expect(validatePolicy('ALLOW settings:objects:write WHERE environment:management-zone = "A";')).toEqual([]);
    expect(validatePolicy('ALLOW environment:roles:manage-settings WHERE environment:management-zone = "A";')).toEqual([]);
  });

  it('warns when shared:app-id is meant to limit a builtin schema', () => {
    expect(found('ALLOW settings:objects:write WHERE settings:schemaId = "builtin:alerting.profile" AND shared:app-id = "my.app";', 'iam/validate/app-id-not-applicable')).toEqual([['warning', 1, 56]]);
    expect(found('ALLOW settings:objects:write WHERE settings:schemaId = "app:my.app:mappings" AND shared:app-id = "my.app";', 'iam/validate/app-id-not-applicable')).toEqual([]);
  });

  it('reports a condition that applies to none of several permissions once', () => {
    const f = validatePolicy('ALLOW settings:schemas:read, app-engine:functions:run WHERE environment:management-zone = "A";');
    expect(f.map((x) => [x.severity, x.code, x.location?.column])).toEqual([['error', 'iam/validate/condition-applies-to-none', 61]]);
    expect(validatePolicy('ALLOW settings:objects:read, settings:objects:write WHERE settings:schemaID = "a";')[0]).toMatchObject({ code: 'iam/validate/condition-applies-to-none', suggestions: ['settings:schemaId'] });
    expect(validatePolicy('ALLOW settings:schemas:read, settings:objects:read WHERE environment:management-zone = "A";').map((x) => x.code)).toEqual(['iam/validate/unknown-condition']);
  });
});
