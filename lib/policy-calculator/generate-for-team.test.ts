import { compilePolicySet, evaluate, validatePolicy, zoneScopedSchemas } from '../iam';
import { ALERTING_SCHEMAS } from './generate-policies';
import { teamMappingSchema } from '../teams/model';
import {
  bindingsForEvaluation, calculatorTeamOf, defaultPolicies, exportOptionsOf, generateForTeam, policiesToCompare, simulate, teamGroupName,
  schemasOutsideZoneScope, teamSimulationMatrix, ZONE_OF_NO_TEAM, type CalculatorTeam,
} from './index';

const AP = 'builtin:alerting.profile';
const SLO = 'builtin:monitoring.slo';
const checkout: CalculatorTeam = { id: 'checkout', name: 'Checkout', zones: ['Checkout', 'Payments'], schemas: [] };
const search: CalculatorTeam = { id: 'search', name: 'Search', zones: ['Search'], schemas: [AP] };

const write = (team: CalculatorTeam, shape: 'templated' | 'concrete' | 'boundary', schemaId: string, zone: string) =>
  simulate(bindingsForEvaluation(generateForTeam(team, 'member', shape).set!), { operation: 'write', schemaId, zone }).decision;

describe('calculatorTeamOf', () => {
  it('takes the id, display name, zone names and allowed schemas of a team mapping', () => {
    const mapping = teamMappingSchema.parse({
      id: 'checkout', displayName: 'Checkout team', members: ['max.member@example.com'], leads: [],
      scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] }, allowedSchemas: [AP, SLO],
      notifications: { allowedTypes: ['EMAIL'], emailDomains: [], webhookHosts: [], slackChannels: [], mode: 'enforce' },
    });
    expect(calculatorTeamOf(mapping)).toEqual({ id: 'checkout', name: 'Checkout team', zones: ['Checkout', 'Payments'], schemas: [AP, SLO] });
  });
});

describe('schemas the zone condition cannot scope', () => {
  it('the app manages exactly the schemas the reference says the zone condition scopes', () => {
    expect([...ALERTING_SCHEMAS].sort()).toEqual([...zoneScopedSchemas()]);
  });

  it('refuses a schema whose zone-limited grant would be dead, naming it', () => {
    expect(schemasOutsideZoneScope([AP, 'builtin:span-attribute', 'builtin:span-attribute'])).toEqual([
      { code: 'iam/generate/schema-not-zone-scoped', severity: 'error', message: '`builtin:span-attribute` cannot be limited to management zones', help: expect.stringContaining('`builtin:alerting.profile`') },
    ]);
    expect(schemasOutsideZoneScope(undefined)).toEqual([]);
    const refused = generateForTeam({ ...checkout, schemas: ['builtin:span-attribute'] }, 'member', 'concrete');
    expect([refused.set, refused.errors.map((e) => e.code)]).toEqual([undefined, ['iam/generate/schema-not-zone-scoped']]);
  });

  it('generates no policy the validator flags', () => {
    for (const shape of ['templated', 'concrete', 'boundary'] as const) {
      for (const p of generateForTeam(checkout, 'lead', shape).set!.policies) expect(validatePolicy(p.text).filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});

describe('generateForTeam', () => {
  it('asks for a team when none is chosen', () => {
    expect(generateForTeam(undefined, 'member', 'templated')).toEqual({ errors: [{ code: 'calculator/generate/no-team', severity: 'error', message: 'choose a team' }] });
  });
  it('lets every shape write in the team\'s zones and nowhere else', () => {
    for (const shape of ['templated', 'concrete', 'boundary'] as const) {
      expect({ shape, own: write(checkout, shape, AP, 'Payments'), other: write(checkout, shape, AP, 'Search') }).toEqual({ shape, own: 'allow', other: 'deny' });
    }
  });
  it('binds the templated policy once per zone and writes zone names into the concrete one', () => {
    const templated = generateForTeam(checkout, 'member', 'templated').set!;
    expect(templated.bindings.map((b) => b.parameters)).toEqual([{ 'mz-name': 'Checkout' }, { 'mz-name': 'Payments' }]);
    const concrete = generateForTeam(checkout, 'member', 'concrete').set!;
    expect(concrete.policies.map((p) => p.text).join('\n')).toContain('"Payments"');
    const boundary = generateForTeam(checkout, 'member', 'boundary').set!;
    expect(boundary.boundaries?.[0]?.query).toBe('environment:management-zone IN ("Checkout", "Payments");\n');
  });
  it('covers only the team\'s allowed schemas, or all five when the mapping allows all', () => {
    expect(write(search, 'templated', AP, 'Search')).toBe('allow');
    expect(write(search, 'templated', SLO, 'Search')).toBe('deny');
    for (const schemaId of ALERTING_SCHEMAS) expect(write(checkout, 'concrete', schemaId, 'Checkout')).toBe('allow');
  });
  it('lets every role read the zone table in every shape: the boundary never reaches that statement', () => {
    const attributes = { 'settings:schemaId': 'builtin:management-zones', 'settings:scope': 'environment' };
    for (const role of ['member', 'lead', 'admin'] as const) {
      for (const shape of ['templated', 'concrete', 'boundary'] as const) {
        const set = compilePolicySet(bindingsForEvaluation(generateForTeam(checkout, role, shape).set!));
        expect({ role, shape, decision: evaluate(set, { permission: 'settings:objects:read', attributes }).decision }).toEqual({ role, shape, decision: 'allow' });
      }
    }
  });
  it('splits the boundary shape into a bounded policy for the team\'s objects and an unbounded one for the rest', () => {
    const set = generateForTeam(checkout, 'member', 'boundary').set!;
    expect(set.bindings).toEqual([
      { policyName: 'team-alerting-member-shared', parameters: {}, boundaries: ['team-alerting-zones-checkout'] },
      { policyName: 'team-alerting-member-unbounded', parameters: {} },
    ]);
    const [shared, unbounded] = set.policies;
    expect(shared!.text).not.toContain('builtin:management-zones');
    expect(unbounded!.text).toContain('ALLOW settings:objects:read WHERE settings:schemaId = "builtin:management-zones";');
    expect(unbounded!.text).not.toMatch(/ALLOW settings:objects:write/);
  });
  it('answers the generator\'s reasons instead of a set for a team without zones', () => {
    for (const shape of ['templated', 'concrete', 'boundary'] as const) {
      const result = generateForTeam({ ...checkout, zones: [] }, 'member', shape);
      expect(result.set).toBeUndefined();
      expect(result.errors.map((e) => e.code)).toContain('iam/generate/no-zones');
    }
  });
});

describe('teamGroupName', () => {
  it('names the group after the team and the role', () => {
    expect(teamGroupName(checkout, 'lead')).toBe('Team Checkout alerting leads');
  });
});

describe('teamSimulationMatrix', () => {
  it('finds every team allowed exactly in its own zones, and nobody in a zone of no team', () => {
    const matrix = teamSimulationMatrix([checkout, search], 'member', 'templated');
    expect(matrix.mismatches).toEqual([]);
    expect(matrix.zones).toEqual(['Checkout', 'Payments', 'Search', ZONE_OF_NO_TEAM]);
    expect(matrix.cells.filter((c) => c.zone === ZONE_OF_NO_TEAM).every((c) => c.decision === 'deny')).toBe(true);
    expect(matrix.cells).toHaveLength(2 * ALERTING_SCHEMAS.length * 2 * 4);
  });
  it('expects admins to read in every zone (what no team owns) and to write only in their own', () => {
    const matrix = teamSimulationMatrix([checkout, search], 'admin', 'templated');
    expect(matrix.mismatches).toEqual([]);
    const cell = (operation: string, zone: string) => matrix.cells.find((c) => c.teamId === 'checkout' && c.schemaId === AP && c.operation === operation && c.zone === zone)!.decision;
    expect([cell('read', 'Search'), cell('read', ZONE_OF_NO_TEAM), cell('write', 'Search'), cell('write', 'Checkout')]).toEqual(['allow', 'allow', 'deny', 'allow']);
  });
  it('denies everything to a team whose policies cannot be generated', () => {
    const matrix = teamSimulationMatrix([{ ...search, zones: [] }, checkout], 'member', 'concrete');
    expect(matrix.cells.filter((c) => c.teamId === 'search').every((c) => c.decision === 'deny')).toBe(true);
  });
});

describe('policiesToCompare', () => {
  it('holds a team policy against the default policies but the classic-role one, and a pasted policy when there is one', () => {
    const names = policiesToCompare('  ').map((p) => p.name);
    expect(names).toEqual(defaultPolicies.map((p) => p.name).filter((n) => n !== 'Environment role - Change monitoring settings'));
    expect(policiesToCompare('ALLOW settings:objects:read;').at(-1)).toEqual({ name: 'Pasted policy', text: 'ALLOW settings:objects:read;' });
  });
});

describe('exportOptionsOf', () => {
  it('puts a placeholder for an empty level id and leaves out an empty group UUID', () => {
    expect(exportOptionsOf({ levelType: 'account', levelId: ' ', groupUuid: '', groupName: 'G' })).toEqual({ levelType: 'account', levelId: '<account-uuid>', groupName: 'G' });
    expect(exportOptionsOf({ levelType: 'environment', levelId: '', groupUuid: ' ', groupName: 'G' })).toEqual({ levelType: 'environment', levelId: '<environment-id>', groupName: 'G' });
  });
  it('takes what was typed, trimmed', () => {
    expect(exportOptionsOf({ levelType: 'environment', levelId: ' abc12345 ', groupUuid: ' 6f1c ', groupName: 'G' }))
      .toEqual({ levelType: 'environment', levelId: 'abc12345', groupName: 'G', groupUuid: '6f1c' });
  });
});
