import fc from 'fast-check';
import type { Finding } from '../contracts';
import type { Severity } from '../diagnostics';
import { countFindings, findingsSentence, groupFindings, OUTSIDE_APP_CODE, type ReviewItem } from './findings';

const finding = (code: string, severity: Severity = 'error', rule = code.split('/')[1] ?? 'x', path?: string): Finding =>
  ({ code, severity, message: `${code} message`, rule, ...(path ? { location: { path } } : {}) }) as Finding;
const outsideFinding = finding(OUTSIDE_APP_CODE, 'warning', 'provenance');
const item = (objectId: string, findings: Finding[] = [], schemaId = 'builtin:alerting.profile'): ReviewItem => ({ objectId, schemaId, summary: `name ${objectId}`, findings });

describe('groupFindings', () => {
  it('makes one group of the objects changed outside the app and marks their rule findings with it', () => {
    const items = [
      item('a', [finding('guardrail/naming/prefix')]),
      item('b'), item('c'), item('d', [finding('guardrail/notification/target-not-allowed')]),
    ];
    const outside = new Map([['a', outsideFinding], ['b', outsideFinding], ['c', outsideFinding]]);
    const groups = groupFindings(items, outside);
    expect(groups.map((g) => [g.code, g.objects.map((o) => o.objectId)])).toEqual([
      ['guardrail/naming/prefix', ['a']],
      ['guardrail/notification/target-not-allowed', ['d']],
      [OUTSIDE_APP_CODE, ['a', 'b', 'c']],
    ]);
    const outsideGroup = groups[2]!;
    expect(outsideGroup.title).toBe('3 objects were last changed outside the app');
    expect(outsideGroup.severity).toBe('warning');
    expect(outsideGroup.why).toMatch(/skip the team's rules/);
    // the rule finding carries whether the object was last written outside the app
    expect(groups[0]!.objects[0]!.outside).toBe(outsideFinding);
    expect(groups[1]!.objects[0]!.outside).toBeUndefined();
    expect(groups[0]!.title).toBe("1 object does not start with the team's naming prefix");
    expect(groups[0]!.fix).toMatch(/Apply the prefix/);
  });

  it('orders groups error > warning > info, then by the number of objects', () => {
    const items = [
      item('a', [finding('guardrail/naming/pattern', 'info')]),
      item('b', [finding('guardrail/naming/prefix', 'warning')]),
      item('c', [finding('guardrail/naming/prefix', 'warning')]),
      item('d', [finding('guardrail/notification/type-not-allowed', 'warning')]),
      item('e', [finding('guardrail/scope/foreign-zone', 'error')]),
    ];
    expect(groupFindings(items).map((g) => g.code)).toEqual([
      'guardrail/scope/foreign-zone', 'guardrail/naming/prefix', 'guardrail/notification/type-not-allowed', 'guardrail/naming/pattern',
    ]);
  });

  it('lists an object once per code however many findings of that code it has; unknown codes use the catalog summary', () => {
    const items = [item('a', [finding('guardrail/notification/target-not-allowed', 'error', 'notification', 'a/0'), finding('guardrail/notification/target-not-allowed', 'error', 'notification', 'a/1')])];
    const [group] = groupFindings(items);
    expect(group!.objects).toHaveLength(1);
    const [other] = groupFindings([item('x', [finding('guardrail/scope/global-object')])]);
    expect(other!.title).toBe('1 object: an object not limited to a management zone, so no team owns it');
  });

  it('property: every object with a finding appears in exactly the groups of its codes, each group sorted by severity', () => {
    const codes = ['guardrail/naming/prefix', 'guardrail/naming/pattern', 'guardrail/notification/target-not-allowed', 'guardrail/quota/over'];
    const arbItem = fc.record({
      findings: fc.array(fc.record({ code: fc.constantFrom(...codes), severity: fc.constantFrom<Severity>('error', 'warning', 'info') }), { maxLength: 4 }),
      outside: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 30 }), (specs) => {
      const items = specs.map((s, i) => item(`o${i}`, s.findings.map((f) => finding(f.code, f.severity))));
      const outside = new Map(specs.flatMap((s, i) => (s.outside ? [[`o${i}`, outsideFinding] as const] : [])));
      const groups = groupFindings(items, outside);
      for (let i = 1; i < groups.length; i++) {
        const order = ['error', 'warning', 'info'];
        expect(order.indexOf(groups[i - 1]!.severity)).toBeLessThanOrEqual(order.indexOf(groups[i]!.severity));
      }
      items.forEach((it, i) => {
        const expected = new Set(it.findings.map((f) => f.code));
        if (specs[i]!.outside) expected.add(OUTSIDE_APP_CODE);
        const inGroups = groups.filter((g) => g.objects.some((o) => o.objectId === it.objectId)).map((g) => g.code);
        expect(new Set(inGroups)).toEqual(expected);
        expect(inGroups).toHaveLength(expected.size);
      });
      // the counted objects with findings are the objects in some rule group
      const inRuleGroups = new Set(groups.filter((g) => g.code !== OUTSIDE_APP_CODE).flatMap((g) => g.objects.map((o) => o.objectId)));
      expect(countFindings(items, outside).objectsWithFindings).toBe(inRuleGroups.size);
    }));
  });
});

describe('countFindings (Home and Review)', () => {
  it('counts objects that break a rule, not provenance warnings, whether the list carries them or not', () => {
    const items = [item('a', [finding('guardrail/naming/prefix'), finding('guardrail/naming/pattern', 'warning')]), item('b', [outsideFinding]), item('c', [finding('guardrail/naming/pattern', 'info')]), item('d')];
    const counts = countFindings(items, new Map([['d', outsideFinding]]));
    expect(counts).toEqual({ objectsWithFindings: 2, bySeverity: { error: 1, warning: 0, info: 1 }, changedOutsideApp: 2, objects: 4 });
    // Home has no history: it counts the same rule findings
    expect(countFindings(items).objectsWithFindings).toBe(2);
    expect(findingsSentence(counts)).toBe('2 objects break a team rule');
    expect(findingsSentence(countFindings([item('x')]))).toBe('No object breaks a team rule');
  });
});
