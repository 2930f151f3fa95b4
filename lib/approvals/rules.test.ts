import fc from 'fast-check';
import { ZoneTable } from '../teams/zones';
import type { ApprovalRule, ChangeOperation } from '../teams/model';
import { approvalRuleForChange, zonesOfChange } from './change-zones';
import { describeApprovalRule, matchApprovalRule, ruleCovers, type ApprovalChange } from './rules';

const P = 'builtin:alerting.profile';
const N = 'builtin:problem.notifications';
const M = 'builtin:anomaly-detection.metric-events';
const W = 'builtin:alerting.maintenance-window';
const S = 'builtin:monitoring.slo';
const SCHEMAS = [P, N, M, W, S];
const OPS: ChangeOperation[] = ['create', 'update', 'delete'];
const ZONES = ['Checkout', 'Payments', 'Search'];

/** The demo's checkout rules: deleting profiles and notifications, and any change in Payments. */
const CHECKOUT: ApprovalRule[] = [
  { schemaIds: [P, N], operations: ['delete'] },
  { schemaIds: SCHEMAS, operations: OPS, zones: ['Payments'] },
];

const change = (schemaId: string, operation: ChangeOperation, names: string[], complete = true): ApprovalChange => ({ schemaId, operation, zones: { names, complete } });

describe('matchApprovalRule', () => {
  it('requires approval for deleting an alerting profile or a notification in any zone', () => {
    expect(matchApprovalRule(CHECKOUT, change(P, 'delete', ['Checkout']))?.index).toBe(0);
    expect(matchApprovalRule(CHECKOUT, change(N, 'delete', ['Checkout']))?.index).toBe(0);
  });
  it('requires approval for any change that touches Payments, before or after', () => {
    for (const op of OPS) expect(matchApprovalRule(CHECKOUT, change(M, op, ['Payments']))?.index).toBe(1);
    expect(matchApprovalRule(CHECKOUT, change(W, 'update', ['Checkout', 'Payments']))?.index).toBe(1);
  });
  it('lets other changes in Checkout through without approval', () => {
    expect(matchApprovalRule(CHECKOUT, change(P, 'create', ['Checkout']))).toBeUndefined();
    expect(matchApprovalRule(CHECKOUT, change(M, 'delete', ['Checkout']))).toBeUndefined();
    expect(matchApprovalRule(CHECKOUT, change(N, 'update', ['Checkout']))).toBeUndefined();
  });
  it('fails closed: a zone-bound rule matches a change whose zones could not all be named', () => {
    expect(matchApprovalRule(CHECKOUT, change(M, 'update', ['Checkout'], false))?.index).toBe(1);
    expect(matchApprovalRule(CHECKOUT, change(M, 'create', [], false))?.index).toBe(1);
  });
  it('names the first matching rule in the team\'s order', () => {
    expect(matchApprovalRule(CHECKOUT, change(P, 'delete', ['Payments']))?.index).toBe(0);
  });
  it('needs no approval without rules', () => {
    expect(matchApprovalRule([], change(P, 'delete', ['Payments']))).toBeUndefined();
  });
});

const ruleArb: fc.Arbitrary<ApprovalRule> = fc.record({
  schemaIds: fc.subarray(SCHEMAS, { minLength: 1 }),
  operations: fc.subarray(OPS, { minLength: 1 }),
  zones: fc.option(fc.subarray(ZONES, { minLength: 1 }), { nil: undefined }),
}).map(({ zones, ...r }) => (zones ? { ...r, zones } : r));
const changeArb: fc.Arbitrary<ApprovalChange> = fc.record({
  schemaId: fc.constantFrom(...SCHEMAS),
  operation: fc.constantFrom(...OPS),
  zones: fc.record({ names: fc.subarray(ZONES), complete: fc.boolean() }),
});

describe('matchApprovalRule (properties)', () => {
  it('matches exactly when some rule covers schema, operation and (if it names zones) a touched zone', () => {
    fc.assert(fc.property(fc.array(ruleArb, { maxLength: 5 }), changeArb, (rules, c) => {
      const expected = rules.some((r) => r.schemaIds.includes(c.schemaId) && r.operations.includes(c.operation)
        && (r.zones === undefined || !c.zones.complete || r.zones.some((z) => c.zones.names.includes(z))));
      expect(matchApprovalRule(rules, c) !== undefined).toBe(expected);
    }));
  });
  it('never needs less approval when a rule is added, or when fewer zones are known', () => {
    fc.assert(fc.property(fc.array(ruleArb, { maxLength: 4 }), ruleArb, changeArb, (rules, extra, c) => {
      if (matchApprovalRule(rules, c)) expect(matchApprovalRule([...rules, extra], c)).toBeDefined();
      if (matchApprovalRule(rules, c)) expect(matchApprovalRule(rules, { ...c, zones: { ...c.zones, complete: false } })).toBeDefined();
    }));
  });
  it('answers a rule that covers the change, the first one that does', () => {
    fc.assert(fc.property(fc.array(ruleArb, { maxLength: 5 }), changeArb, (rules, c) => {
      const m = matchApprovalRule(rules, c);
      if (!m) return;
      expect(ruleCovers(m.rule, c)).toBe(true);
      expect(rules.slice(0, m.index).some((r) => ruleCovers(r, c))).toBe(false);
    }));
  });
});

describe('describeApprovalRule', () => {
  it('says the rule in words, with the zones it is bound to', () => {
    expect(describeApprovalRule(CHECKOUT[0]!)).toBe('deleting `builtin:alerting.profile` or `builtin:problem.notifications` objects');
    expect(describeApprovalRule({ schemaIds: [M], operations: ['create', 'update', 'delete'], zones: ['Payments'] }))
      .toBe('creating, changing or deleting `builtin:anomaly-detection.metric-events` objects in management zone `Payments`');
  });
  it('names schemas and zones as the caller asks', () => {
    expect(describeApprovalRule({ schemaIds: [P, N], operations: ['delete'], zones: ['A', 'B'] }, { schema: (s) => s.split('.')[1]!, zone: (z) => z, objects: '' }))
      .toBe('deleting profile or notifications in management zones A or B');
  });
});

describe('zonesOfChange', () => {
  const zones = new ZoneTable([{ objectId: 'a', name: 'Checkout', id: '11' }, { objectId: 'b', name: 'Payments', id: '22' }]);
  const noProfile = () => undefined;
  it('names the zones before and after a move', () => {
    const r = zonesOfChange({ schemaId: P, values: [{ managementZone: '11' }, { managementZone: '22' }], zones, alertingProfile: noProfile });
    expect(r).toEqual({ names: ['Checkout', 'Payments'], complete: true });
  });
  it('gives a notification its alerting profile\'s zone', () => {
    const r = zonesOfChange({ schemaId: N, values: [{ alertingProfile: 'p1' }], zones, alertingProfile: (id) => (id === 'p1' ? { managementZone: '22' } : undefined) });
    expect(r).toEqual({ names: ['Payments'], complete: true });
  });
  it('is incomplete for an unknown zone id, a global object or an unreadable profile', () => {
    expect(zonesOfChange({ schemaId: P, values: [{ managementZone: '99' }], zones, alertingProfile: noProfile }).complete).toBe(false);
    expect(zonesOfChange({ schemaId: P, values: [{ name: 'x' }], zones, alertingProfile: noProfile }).complete).toBe(false);
    expect(zonesOfChange({ schemaId: N, values: [{ alertingProfile: 'gone' }], zones, alertingProfile: noProfile }).complete).toBe(false);
  });
  it('names SLO zones given by name, incomplete when the name is unknown', () => {
    expect(zonesOfChange({ schemaId: S, values: [{ filter: 'type("SERVICE"),mzName("Payments")' }], zones, alertingProfile: noProfile })).toEqual({ names: ['Payments'], complete: true });
    expect(zonesOfChange({ schemaId: S, values: [{ filter: 'type("SERVICE"),mzName("Nowhere")' }], zones, alertingProfile: noProfile }).complete).toBe(false);
  });
});

describe('approvalRuleForChange', () => {
  const zones = new ZoneTable([{ objectId: 'a', name: 'Checkout', id: '11' }, { objectId: 'b', name: 'Payments', id: '22' }]);
  const profiles = (id: string) => (id === 'pay' ? { managementZone: '22' } : id === 'co' ? { managementZone: '11' } : undefined);
  const ask = (schemaId: string, operation: ChangeOperation, values: unknown[]) => approvalRuleForChange(CHECKOUT, { schemaId, operation, values, zones, alertingProfile: profiles });
  it('reads the zones from the values before and after: moving a metric event into Payments is held back', () => {
    expect(ask(M, 'update', [{ queryDefinition: { managementZone: '11' } }, { queryDefinition: { managementZone: '22' } }])?.index).toBe(1);
    expect(ask(P, 'update', [{ managementZone: '11' }, { managementZone: '11' }])).toBeUndefined();
  });
  it('follows a notification to its profile, and fails closed when the profile cannot be read', () => {
    expect(ask(N, 'update', [{ alertingProfile: 'co' }])).toBeUndefined();
    expect(ask(N, 'update', [{ alertingProfile: 'pay' }])?.index).toBe(1);
    expect(ask(N, 'update', [{ alertingProfile: 'gone' }])?.index).toBe(1);
  });
  it('holds nothing back for a team without rules', () => {
    expect(approvalRuleForChange([], { schemaId: N, operation: 'delete', values: [{ alertingProfile: 'gone' }], zones, alertingProfile: profiles })).toBeUndefined();
  });
});
