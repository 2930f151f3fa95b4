import fs from 'node:fs';
import { validatePolicy } from '../iam';
import { generatePolicies } from './index';
import {
  allowedPermissions, BOUNDARY_TRADE_OFFS, bindingsForEvaluation, boundaryVariant, compareWithDefaults, defaultPolicies, explainPolicy,
  SAFETY_LEVEL_ADDED_SCOPES, SAFETY_LEVELS, scopesOfLevel, simulate, simulationMatrix, tokenAdvisor, checkScope,
} from './index';
import { ALERTING_SCHEMA_IDS } from '../contracts';

const seed003 = fs.readFileSync('/work/shared/seeds/003_7b3edb5bedeba515.txt', 'utf8');
const seed004 = fs.readFileSync('/work/shared/seeds/004_28c061fe5398918e.txt', 'utf8');
const seedsAvailable = fs.existsSync('/work/shared/seeds');

const member = (zones: string[], templated = true) => {
  const g = generatePolicies({ role: 'member', zones, templated, team: 'x' });
  return bindingsForEvaluation(g);
};

describe('defaultPolicies', () => {
  (seedsAvailable ? it : it.skip)('holds each default policy with its statements exactly as in seed 003', () => {
    for (const p of defaultPolicies) {
      const text = p.text.trimEnd();
      expect(seed003.includes(text) || seed003.includes(`${text}"`)).toBe(true);
    }
    expect(defaultPolicies.map((p) => p.name)).toEqual(expect.arrayContaining(['Standard User', 'Pro User', 'Admin User', 'Settings Reader', 'Settings Writer']));
  });

  it('every default policy validates without errors', () => {
    for (const p of defaultPolicies) expect({ name: p.name, errors: validatePolicy(p.text).filter((f) => f.severity === 'error') }).toEqual({ name: p.name, errors: [] });
  });
});

describe('compareWithDefaults', () => {
  it('shows that Settings Writer and Admin User grant writes everywhere and the team policy does not', () => {
    const report = compareWithDefaults(member(['Checkout']), defaultPolicies);
    const writer = report.comparisons.find((c) => c.name === 'Settings Writer')!;
    expect(writer.onlyInOther.map((d) => d.permission)).toContain('settings:objects:write');
    expect(writer.otherGrantsNothingMore).toBe(false);
    expect(writer.otherFindings.map((f) => f.code)).toContain('iam/analysis/unscoped-settings-write');
    const admin = report.comparisons.find((c) => c.name === 'Admin User')!;
    expect(admin.onlyInOther.map((d) => d.permission)).toContain('settings:objects:write');
    expect(report.teamFindings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('a pasted copy of the team policy grants nothing more', () => {
    const g = generatePolicies({ role: 'member', zones: ['Checkout'], team: 'x' });
    const r = compareWithDefaults(g.policies[0]!.text, [{ name: 'pasted', text: g.policies[0]!.text }]);
    expect(r.comparisons[0]!.onlyInOther).toEqual([]);
    expect(r.comparisons[0]!.onlyInTeam).toEqual([]);
    expect(r.comparisons[0]!.otherGrantsNothingMore).toBe(true);
    // every permission of the policy is granted by both sides
    expect(r.comparisons[0]!.inBoth).toEqual([...allowedPermissions([{ name: 'p', text: g.policies[0]!.text }])].sort((a, b) => a.localeCompare(b)));
    expect(r.comparisons[0]!.inBoth).toContain('settings:objects:write');
  });

  it('lists what both grant apart from what only one side grants', () => {
    const r = compareWithDefaults('ALLOW settings:objects:read, storage:logs:read;', [{ name: 'other', text: 'ALLOW settings:objects:read; ALLOW settings:objects:write; DENY storage:logs:read;' }]);
    const c = r.comparisons[0]!;
    expect(c.inBoth).toEqual(['settings:objects:read']);
    expect(c.onlyInOther.map((d) => d.permission)).toEqual(['settings:objects:write']);
    expect(c.onlyInTeam.map((d) => d.permission)).toEqual(['storage:logs:read']);
  });
});

describe('simulate', () => {
  it('allows a write in the team zone and denies it in another zone, naming the deciding statement', () => {
    const set = member(['Checkout']);
    const ok = simulate(set, { operation: 'write', schemaId: 'builtin:alerting.profile', zone: 'Checkout' });
    expect(ok.decision).toBe('allow');
    expect(ok.reasons[0]!.statement).toContain('settings:objects:write');
    expect(simulate(set, { operation: 'write', schemaId: 'builtin:alerting.profile', zone: 'Search' }).decision).toBe('deny');
    expect(simulate(set, { operation: 'write', schemaId: 'builtin:alerting.profile', zone: '' }).decision).toBe('deny');
  });

  it('applies boundaries when simulating the boundary variant', () => {
    const b = boundaryVariant({ role: 'member', team: 'checkout', zones: ['Checkout'] });
    if (!b.ok) throw new Error('no variant');
    const set = bindingsForEvaluation(b.set);
    expect(simulate(set, { operation: 'write', schemaId: 'builtin:monitoring.slo', zone: 'Checkout' }).decision).toBe('allow');
    expect(simulate(set, { operation: 'write', schemaId: 'builtin:monitoring.slo', zone: 'Search' }).decision).toBe('deny');
    expect(BOUNDARY_TRADE_OFFS.length).toBeGreaterThan(3);
  });

  it('describes the shared boundary policy in its header, not the templated one it is built from', () => {
    const b = boundaryVariant({ role: 'lead', team: 'checkout', zones: ['Checkout'] });
    if (!b.ok) throw new Error('no variant');
    const text = b.set.policies[0]!.text;
    expect(text.split('\n')[0]).toBe("// Team Alerting – lead of every team (shared: each team's group binds it with a boundary listing the team's zones)");
    expect(text).not.toMatch(/templated|bind once per management zone|bindParam|management zone bound as/);
  });

  it('builds a team × schema × operation × zone matrix without mismatches for generated policies', () => {
    const teams = [{ id: 'checkout', name: 'Checkout', zones: ['Checkout'] }, { id: 'search', name: 'Search', zones: ['Search', 'Search EU'] }];
    const m = simulationMatrix(teams, { checkout: member(['Checkout']), search: member(['Search', 'Search EU']) }, ALERTING_SCHEMA_IDS, ['read', 'write'], ['Payments']);
    expect(m.zones).toEqual(['Checkout', 'Search', 'Search EU', 'Payments']);
    expect(m.cells).toHaveLength(2 * 5 * 2 * 4);
    expect(m.mismatches).toEqual([]);
    const over = simulationMatrix(teams, { checkout: [{ name: 'Settings Writer', text: 'ALLOW settings:objects:read, settings:objects:write, settings:schemas:read;' }], search: [] }, ['builtin:alerting.profile'], ['write']);
    expect(over.mismatches.map((c) => `${c.teamId}:${c.zone}:${c.decision}`)).toEqual(['checkout:Search:allow', 'checkout:Search EU:allow', 'search:Search:deny', 'search:Search EU:deny']);
  });
});

describe('tokenAdvisor', () => {
  (seedsAvailable ? it : it.skip)('copies every scope of seed 004 and nothing else', () => {
    const listed = new Set((seed004.split('Per-Resource Scope Reference')[0] as string).match(/^[a-zA-Z-]+:[a-zA-Z.-]+(:[a-zA-Z.-]+)?$/gm));
    const ours = new Set(SAFETY_LEVELS.flatMap((l) => SAFETY_LEVEL_ADDED_SCOPES[l]));
    expect([...ours].sort()).toEqual([...listed].sort());
  });

  it('counts scopes per level as seed 004 lists them (cumulative)', () => {
    expect(SAFETY_LEVELS.map((l) => SAFETY_LEVEL_ADDED_SCOPES[l].length)).toEqual([33, 13, 14, 8]);
    expect(SAFETY_LEVELS.map((l) => scopesOfLevel(l).length)).toEqual([33, 46, 60, 68]);
  });

  it('asks for the three settings scopes and shows what each level adds beyond them', () => {
    const advice = tokenAdvisor();
    expect(advice.minimal.map((m) => m.scope)).toEqual(['settings:objects:read', 'settings:objects:write', 'settings:schemas:read']);
    expect(advice.levels.map((l) => [l.level, l.sufficient, l.extra.length])).toEqual([
      ['readonly', false, 31], ['readwrite-mine', true, 43], ['readwrite-all', true, 57], ['dangerously-unrestricted', true, 65],
    ]);
    expect(advice.levels[0]!.missing).toEqual(['settings:objects:write']);
    expect(advice.smallestSufficientLevel).toBe('readwrite-mine');
    expect(advice.notes.join(' ')).toMatch(/cannot be limited to management zones/);
  });

  it('marks the scope names of seed 004 that are not Dynatrace permissions, with the likely real one', () => {
    const advice = tokenAdvisor();
    const byScope = Object.fromEntries(advice.unknownScopes.map((u) => [u.scope, [u.level, u.likely ?? null, u.basis ?? null]]));
    expect(byScope).toMatchObject({
      'slo:read': ['readonly', 'slo:slos:read', 'renamed'],
      'slo:write': ['readwrite-mine', 'slo:slos:write', 'renamed'],
      'document:trash-documents:read': ['readonly', 'document:trash.documents:read', 'spelling'],
      'openPipeline:configurations:read': ['readonly', 'openpipeline:configurations:read', 'spelling'],
      'openPipeline:configurations:write': ['readwrite-mine', 'openpipeline:configurations:write', 'spelling'],
      'storage:buckets:write': ['dangerously-unrestricted', 'storage:bucket-definitions:write', 'renamed'],
      'storage:spans:write': ['dangerously-unrestricted', null, null],
    });
    expect(byScope['settings:objects:read']).toBeUndefined();
    // a permission since the catalog knows the IAM user directory (the app's people by name)
    expect(byScope['iam:users:read']).toBeUndefined();
    expect(byScope['iam:policies:read']).toBeUndefined();
    expect(advice.unknownScopes).toHaveLength(21);
    expect(advice.levels.map((l) => l.unknown.length)).toEqual([8, 13, 16, 21]);
    for (const u of advice.unknownScopes) if (u.likely) expect(checkScope(u.likely).known).toBe(true);
    expect(advice.notes.join(' ')).toMatch(/21 scope names .* not in the IAM policy reference/);
  });

  it('checks any scope name against the catalog, suggesting only a close name with the same action', () => {
    expect(checkScope('settings:objects:read')).toEqual({ scope: 'settings:objects:read', known: true });
    expect(checkScope('settings:object:read')).toEqual({ scope: 'settings:object:read', known: false, likely: 'settings:objects:read', basis: 'similar' });
    expect(checkScope('storage:fieldsets:write')).toEqual({ scope: 'storage:fieldsets:write', known: false });
  });

  it('a read-only pipeline is served by the readonly level', () => {
    expect(tokenAdvisor({ readOnly: true }).smallestSufficientLevel).toBe('readonly');
  });
});

describe('explainPolicy', () => {
  it('gives the why-comment, permission descriptions and conditions of each statement', () => {
    const g = generatePolicies({ role: 'lead', zones: ['Checkout'], team: 'checkout' });
    const ex = explainPolicy(g.policies[0]!.text);
    expect(ex.length).toBeGreaterThan(5);
    for (const s of ex) {
      expect(s.why.length).toBeGreaterThan(0);
      for (const p of s.permissions) expect(p.description).not.toBe('not in the permission catalog');
    }
    expect(ex.find((s) => s.permissions.some((p) => p.name === 'settings:objects:write'))!.conditions).toContain('environment:management-zone is "Checkout"');
  });
});
