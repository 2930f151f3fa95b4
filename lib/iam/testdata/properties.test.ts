/** Property tests (fast-check): robustness, format round trip, monotonicity of DENY and boundaries. */
import fc from 'fast-check';
import { compilePolicySet, evaluate, formatPolicy, formatStatement, parseBoundary, parsePolicy, validateBoundary, validatePolicy, type Operator } from '../index';

const PERMS = ['settings:objects:read', 'settings:objects:write', 'storage:logs:read'];
const NAMES = ['settings:schemaId', 'environment:management-zone', 'storage:host.name', 'global:week-day'];
const OPS: Operator[] = ['=', '!=', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH', '<', '>'];
const VALUES = ['a', 'b', 'ab', '', 'a*', "it's", 'x"y', 'semi;colon', 'sl//ash'];

const value = fc.constantFrom(...VALUES);
const condition = fc.record({ name: fc.constantFrom(...NAMES), operator: fc.constantFrom(...OPS), vals: fc.array(value, { minLength: 1, maxLength: 3 }) })
  .map((c) => ({ name: c.name, operator: c.operator, list: ['IN', 'NOT IN', 'MATCH'].includes(c.operator), values: (['IN', 'NOT IN', 'MATCH'].includes(c.operator) ? c.vals : c.vals.slice(0, 1)).map((raw) => ({ raw })) }));
const statement = (effect: fc.Arbitrary<'ALLOW' | 'DENY'>) => fc.record({
  effect,
  permissions: fc.uniqueArray(fc.constantFrom(...PERMS), { minLength: 1, maxLength: 3 }).map((ps) => ps.map((name) => ({ name }))),
  conditions: fc.array(condition, { maxLength: 3 }),
}).map((s) => formatStatement(s));
const policyText = fc.array(statement(fc.constantFrom('ALLOW' as const, 'DENY' as const)), { minLength: 1, maxLength: 5 }).map((ss) => ss.join('\n'));
const allowText = fc.array(statement(fc.constant('ALLOW' as const)), { minLength: 1, maxLength: 5 }).map((ss) => ss.join('\n'));
const attr = fc.oneof(fc.constantFrom('a', 'b', 'ab', 'abc', ''), fc.array(fc.constantFrom('a', 'b', 'ab'), { minLength: 1, maxLength: 2 }));
const request = fc.record({ permission: fc.constantFrom(...PERMS), attributes: fc.dictionary(fc.constantFrom(...NAMES), attr) });
const boundary = fc.array(condition.filter((c) => c.values.every((v) => !v.raw.includes('"') || !v.raw.includes("'"))), { minLength: 1, maxLength: 3 })
  .map((cs) => cs.map((c) => `${formatStatement({ effect: 'ALLOW', permissions: [{ name: 'x:y:z' }], conditions: [c] }).replace(/^ALLOW x:y:z WHERE /, '')}`).join('\n'));

const RUNS = { numRuns: 300 };

describe('robustness', () => {
  it('parse and validate never throw on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      parsePolicy(s); validatePolicy(s); parseBoundary(s); validateBoundary(s); formatPolicy(s);
    }), { numRuns: 500 });
  });

  it('never throws on token soup', () => {
    const soup = fc.array(fc.constantFrom('ALLOW', 'DENY', 'WHERE', 'AND', 'OR', 'IN', 'NOT', 'startsWith', 'MATCH', 'null', 'a:b:c', ',', ';', '(', ')', '"x"', "'", '"', '=', '!=', '<', '//', '\n', ' ', '${bindParam:p}', '__proto__'), { maxLength: 40 }).map((a) => a.join(' '));
    fc.assert(fc.property(soup, (s) => {
      const v = validatePolicy(s, { params: { p: 'v' } });
      for (const f of v) { expect(f.location.line).toBeGreaterThanOrEqual(1); expect(f.location.column).toBeGreaterThanOrEqual(1); }
      const set = compilePolicySet([{ text: s, params: { p: 'v' }, boundaries: [s] }]);
      evaluate(set, { permission: 'a:b:c', attributes: { __proto__: 'x', a: ['x'] } as Record<string, string | string[]> });
    }), { numRuns: 1000 });
  });
});

describe('formatter', () => {
  it('format(parse(x)) is stable and preserves meaning', () => {
    fc.assert(fc.property(policyText, (text) => {
      expect(parsePolicy(text).diagnostics).toEqual([]);
      const once = formatPolicy(text);
      expect(formatPolicy(once)).toBe(once);
      const strip = (t: string) => parsePolicy(t).policy.statements.map((s) => [s.effect, s.permissions.map((p) => p.name), s.conditions.map((c) => [c.name, c.operator, c.values.map((v) => v.raw)])]);
      expect(strip(once)).toEqual(strip(text));
    }), RUNS);
  });
});

describe('monotonicity', () => {
  it('adding a DENY never grants more', () => {
    fc.assert(fc.property(policyText, statement(fc.constant('DENY' as const)), fc.array(request, { minLength: 1, maxLength: 10 }), (text, deny, reqs) => {
      const before = compilePolicySet([{ text }]);
      const after = compilePolicySet([{ text }, { text: deny }]);
      for (const r of reqs) if (evaluate(after, r).decision === 'allow') expect(evaluate(before, r).decision).toBe('allow');
    }), RUNS);
  });

  it('adding a boundary never grants more', () => {
    fc.assert(fc.property(allowText, boundary, fc.array(request, { minLength: 1, maxLength: 10 }), (text, b, reqs) => {
      expect(parseBoundary(b).diagnostics).toEqual([]);
      const before = compilePolicySet([{ text }]);
      const after = compilePolicySet([{ text, boundaries: [b] }]);
      for (const r of reqs) if (evaluate(after, r).decision === 'allow') expect(evaluate(before, r).decision).toBe('allow');
    }), RUNS);
  });
});

describe('multi-valued attributes', () => {
  const groups = fc.uniqueArray(fc.constantFrom('group:a', 'group:b', 'group:ab', 'other'), { minLength: 1, maxLength: 3 });
  const positive = fc.record({ op: fc.constantFrom('=', 'IN', 'startsWith', 'MATCH'), vals: fc.uniqueArray(fc.constantFrom('group:a', 'group:b', 'group:*', 'group:a*'), { minLength: 1, maxLength: 2 }) })
    .map(({ op, vals }) => (op === 'IN' || op === 'MATCH' ? `${op} (${vals.map((v) => `"${v}"`).join(', ')})` : `${op} "${vals[0] as string}"`));
  const decide = (text: string, name: string, v: string | string[]) => evaluate(compilePolicySet([{ text }]), { permission: 'settings:objects:read', attributes: { [name]: v } }).decision;

  it('an ALLOW on settings:schemaGroup holds for a list when it holds for one of its groups', () => {
    fc.assert(fc.property(positive, groups, (cond, gs) => {
      const text = `ALLOW settings:objects:read WHERE settings:schemaGroup ${cond};`;
      const one = gs.some((g) => decide(text, 'settings:schemaGroup', g) === 'allow');
      expect(decide(text, 'settings:schemaGroup', gs) === 'allow').toBe(one);
    }), RUNS);
  });

  it('an ALLOW on a zone holds for a list only when it holds for every zone (fail closed)', () => {
    fc.assert(fc.property(positive, groups, (cond, zs) => {
      const text = `ALLOW settings:objects:read WHERE environment:management-zone ${cond};`;
      const every = zs.every((z) => decide(text, 'environment:management-zone', z) === 'allow');
      expect(decide(text, 'environment:management-zone', zs) === 'allow').toBe(every);
    }), RUNS);
  });
});
