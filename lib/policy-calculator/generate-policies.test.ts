import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeOverPrivilege, compilePolicySet, evaluate, parsePolicy, validatePolicy } from '../iam';
import { generatePolicies, ALERTING_SCHEMAS, TEAM_ROLES, type TeamRole } from './index';

const DIR = join(__dirname, 'testdata', 'generate');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('generatePolicies golden files', () => {
  const cases: Array<[string, Parameters<typeof generatePolicies>[0]]> = [
    ['member', { role: 'member', zones: ['Team A', 'Team B'] }],
    ['lead', { role: 'lead', zones: ['Team A'], team: 'Payments' }],
    ['admin', { role: 'admin', zones: ['Team A'] }],
    ['member-templated', { role: 'member', zones: ['Team A', 'Team B'], templated: true }],
  ];
  it.each(cases)('%s', (name, options) => {
    const g = generatePolicies(options);
    expect(g.errors).toEqual([]);
    const text = g.policies[0]?.text ?? '';
    const golden = join(DIR, `${name}.golden.iam`);
    if (UPDATE) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('generatePolicies', () => {
  it.each<TeamRole>(['member', 'lead', 'admin'])('%s policy validates cleanly and every statement has a comment', (role) => {
    const text = generatePolicies({ role, zones: ['Team A', 'Team B'] }).policies[0]?.text ?? '';
    expect(validatePolicy(text)).toEqual([]);
    for (const s of parsePolicy(text).policy.statements) expect(s.leadingComments.length).toBeGreaterThan(0);
  });

  it.each(TEAM_ROLES)('%s policy raises no over-privilege finding', (role) => {
    expect(analyzeOverPrivilege(generatePolicies({ role, zones: ['A'] }).policies[0]?.text ?? '')).toEqual([]);
  });

  it('grants the team zones and nothing else', () => {
    const set = compilePolicySet(generatePolicies({ role: 'member', zones: ['Team A'] }).policies.map((p) => ({ text: p.text })));
    const write = (zone: string, schema = ALERTING_SCHEMAS[0] as string) => evaluate(set, { permission: 'settings:objects:write', attributes: { 'settings:schemaId': schema, 'environment:management-zone': zone } }).decision;
    expect(write('Team A')).toBe('allow');
    expect(write('Team B')).toBe('deny');
    expect(write('Team A', 'builtin:management-zones')).toBe('deny');
    expect(evaluate(set, { permission: 'app-engine:apps:run', attributes: { 'shared:app-id': 'other.app' } }).decision).toBe('deny');
    expect(evaluate(set, { permission: 'app-settings:objects:write', attributes: { 'settings:schemaId': 'app:my.team.alerting:team-mappings' } }).decision).toBe('deny');
  });

  it('only admins may write the team mappings', () => {
    const req = { permission: 'app-settings:objects:write', attributes: { 'settings:schemaId': 'app:my.team.alerting:team-mappings', 'shared:app-id': 'my.team.alerting' } };
    const decide = (role: TeamRole) => evaluate(compilePolicySet([{ text: generatePolicies({ role, zones: ['Z'] }).policies[0]?.text ?? '' }]), req).decision;
    expect([decide('member'), decide('lead'), decide('admin')]).toEqual(['deny', 'deny', 'allow']);
  });

  it('lets members and leads write the change-request store (their functions propose and decide as them), and nothing else of the app settings', () => {
    const decide = (role: TeamRole, schemaId: string) => evaluate(compilePolicySet([{ text: generatePolicies({ role, zones: ['Z'] }).policies[0]?.text ?? '' }]), {
      permission: 'app-settings:objects:write', attributes: { 'settings:schemaId': schemaId, 'shared:app-id': 'my.team.alerting' },
    }).decision;
    expect([decide('member', 'app:my.team.alerting:change-requests'), decide('lead', 'app:my.team.alerting:change-requests')]).toEqual(['allow', 'allow']);
    expect(decide('member', 'app:my.team.alerting:other')).toBe('deny');
  });

  it('templated: one policy, one binding per zone, bindings evaluate like the concrete policy', () => {
    const g = generatePolicies({ role: 'member', zones: ['Team A', 'Team B'], templated: true });
    expect(g.policies).toHaveLength(1);
    expect(g.bindings).toEqual([{ policyName: 'team-alerting-member', parameters: { 'mz-name': 'Team A' } }, { policyName: 'team-alerting-member', parameters: { 'mz-name': 'Team B' } }]);
    const set = compilePolicySet(g.bindings.map((b) => ({ text: g.policies[0]?.text ?? '', params: b.parameters })));
    const write = (zone: string) => evaluate(set, { permission: 'settings:objects:write', attributes: { 'settings:schemaId': 'builtin:monitoring.slo', 'environment:management-zone': zone } }).decision;
    expect([write('Team A'), write('Team B'), write('Team C')]).toEqual(['allow', 'allow', 'deny']);
  });

  describe('zone names cannot inject policy text', () => {
    it.each(['Team "A"', "O'Neil", 'a; ALLOW settings:objects:write', 'x // comment', 'x" OR "y', '(a), (b)'])('round-trips %s exactly', (zone) => {
      const text = generatePolicies({ role: 'member', zones: [zone] }).policies[0]?.text ?? '';
      const { policy, diagnostics } = parsePolicy(text);
      expect(diagnostics).toEqual([]);
      const zones = policy.statements.flatMap((s) => s.conditions).filter((c) => c.name === 'environment:management-zone').flatMap((c) => c.values.map((v) => v.raw));
      // objects read, objects write, and the metrics catalog's viewer role
      expect(zones).toEqual([zone, zone, zone]);
      expect(policy.statements).toHaveLength(9);
    });

    it.each([['both quotes', `a"b'c`], ['backslash', 'a\\b'], ['newline', 'a\nALLOW x:y:z;'], ['carriage return', 'a\rb'], ['placeholder', '${bindParam:x}'], ['empty', '']])('refuses a name with %s', (_why, zone) => {
      const g = generatePolicies({ role: 'member', zones: [zone] });
      expect(g.policies).toEqual([]);
      expect(g.errors[0]?.code).toBe('iam/generate/unsafe-value');
      expect(g.errors[0]?.message).not.toMatch(/\n/);
    });
  });

  it('refuses unknown roles and, for members and leads, empty zone lists', () => {
    expect(generatePolicies({ role: 'owner' as TeamRole, zones: [] }).errors.map((e) => e.code)).toEqual(['iam/generate/unknown-role', 'iam/generate/no-zones']);
    expect(generatePolicies({ role: 'lead', zones: [] }).errors.map((e) => e.code)).toEqual(['iam/generate/no-zones']);
  });

  const decide = (text: string, permission: string, attributes: Record<string, string>, params?: Record<string, string>) =>
    evaluate(compilePolicySet([{ text, ...(params ? { params } : {}) }]), { permission, attributes }).decision;
  const ZONE_TABLE = { 'settings:schemaId': 'builtin:management-zones', 'settings:schemaGroup': 'group:management-zones', 'settings:scope': 'environment' };

  it.each(TEAM_ROLES)('%s may read the management-zone table (which has no zone), and not write it', (role) => {
    for (const templated of [false, true]) {
      const g = generatePolicies({ role, zones: ['Team A'], templated });
      const text = g.policies[0]?.text ?? '';
      expect(decide(text, 'settings:objects:read', ZONE_TABLE, g.bindings[0]?.parameters)).toBe('allow');
      expect(decide(text, 'settings:objects:write', ZONE_TABLE, g.bindings[0]?.parameters)).toBe('deny');
      expect(text).toContain('ALLOW settings:objects:read WHERE settings:schemaId = "builtin:management-zones";');
    }
  });

  it.each(TEAM_ROLES)('%s holds no Grail permission: the app reads history from /settings/history', (role) => {
    const { policy } = parsePolicy(generatePolicies({ role, zones: ['Team A'] }).policies[0]?.text ?? '');
    expect(policy.statements.flatMap((s) => s.permissions.map((p) => p.name)).filter((p) => p.startsWith('storage:'))).toEqual([]);
  });

  it('lets an admin read alerting in every zone and in none (to list what no team owns), but write only in the given zones', () => {
    const text = generatePolicies({ role: 'admin', zones: ['Team A'] }).policies[0]?.text ?? '';
    const attributes = (zone?: string) => ({ 'settings:schemaId': ALERTING_SCHEMAS[0] as string, ...(zone ? { 'environment:management-zone': zone } : {}) });
    expect([decide(text, 'settings:objects:read', attributes('Team B')), decide(text, 'settings:objects:read', attributes())]).toEqual(['allow', 'allow']);
    expect([decide(text, 'settings:objects:write', attributes('Team A')), decide(text, 'settings:objects:write', attributes('Team B'))]).toEqual(['allow', 'deny']);
    expect(decide(text, 'settings:objects:read', { ...attributes('Team A'), 'settings:schemaId': 'builtin:span-attribute' })).toBe('deny');
  });

  it('generates an admin without zones: no alerting write, one binding without parameters', () => {
    const g = generatePolicies({ role: 'admin', zones: [], templated: true });
    expect(g.errors).toEqual([]);
    expect(g.bindings).toEqual([{ policyName: 'team-alerting-admin', parameters: {} }]);
    const text = g.policies[0]?.text ?? '';
    expect(validatePolicy(text)).toEqual([]);
    expect(text).not.toMatch(/ALLOW settings:objects:write/);
    expect(decide(text, 'app-settings:objects:write', { 'settings:schemaId': 'app:my.team.alerting:team-mappings', 'shared:app-id': 'my.team.alerting' })).toBe('allow');
  });
});
