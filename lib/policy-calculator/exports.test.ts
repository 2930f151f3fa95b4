import { parsePolicy, validateBoundary, validatePolicy } from '../iam';
import { boundaryVariant, generatePolicies, ExportInputError, exportInputProblems, toIamRestBodies, toMonacoYaml, toTerraform, type ExportOptions, type GeneratedPolicySet } from './index';
import { expectGolden, hasInterpolation, hclLiteral, parseMonaco, parseTerraform } from './exports.test-support';

const account: ExportOptions = { levelType: 'account', levelId: '6f0c2e1a-0000-4000-8000-000000000001', groupName: 'Team Checkout', groupUuid: '9a1b2c3d-0000-4000-8000-000000000002' };
const environment: ExportOptions = { levelType: 'environment', levelId: 'abc12345', groupName: 'Team Checkout', accountUuid: '6f0c2e1a-0000-4000-8000-000000000001' };

function generated(templated: boolean, zones = ['Checkout', 'Checkout EU']): GeneratedPolicySet {
  const g = generatePolicies({ role: 'member', zones, templated, team: 'checkout' });
  expect(g.errors).toEqual([]);
  return g;
}

const boundarySet = (): GeneratedPolicySet => {
  const b = boundaryVariant({ role: 'lead', team: 'checkout', zones: ['Checkout', 'Checkout EU'] });
  if (!b.ok) throw new Error('boundary variant failed');
  return b.set;
};

function expectNoErrors(text: string, params?: Record<string, string>): void {
  expect(validatePolicy(text, params ? { params } : {}).filter((f) => f.severity === 'error')).toEqual([]);
}

describe('toIamRestBodies', () => {
  it('writes policy create, boundary create and binding append bodies that parse back as JSON', () => {
    const set = generated(true);
    const bodies = toIamRestBodies(set, account);
    const back = JSON.parse(JSON.stringify(bodies));
    expect(back.policies).toHaveLength(1);
    expect(back.policies[0].path).toBe(`/iam/v1/repo/account/${account.levelId}/policies`);
    expect(Object.keys(back.policies[0].body).sort()).toEqual(['description', 'name', 'statementQuery', 'tags']);
    expect(back.bindings.map((b: any) => b.body.parameters)).toEqual([{ 'mz-name': 'Checkout' }, { 'mz-name': 'Checkout EU' }]);
    expect(back.bindings[0].path).toBe(`/iam/v1/repo/account/${account.levelId}/bindings/{policyUuid:team-alerting-member}/${account.groupUuid}`);
    for (const [i, p] of back.policies.entries()) expectNoErrors(p.body.statementQuery, set.bindings[i]?.parameters);
    expectGolden('templated-member.iam-rest.json', `${JSON.stringify(bodies, null, 2)}\n`);
  });

  it('puts boundaries at account level and references them from the binding', () => {
    const bodies = toIamRestBodies(boundarySet(), environment);
    expect(bodies.boundaries[0]?.path).toBe(`/iam/v1/repo/account/${environment.accountUuid}/boundaries`);
    expect(bodies.boundaries[0]?.body).toEqual({ name: 'team-alerting-zones-checkout', boundaryQuery: 'environment:management-zone IN ("Checkout", "Checkout EU");\n', metadata: {} });
    expect(bodies.bindings[0]?.body.boundaries).toEqual(['{boundaryUuid:team-alerting-zones-checkout}']);
    expect(bodies.bindings[0]?.path).toContain('/iam/v1/repo/environment/abc12345/bindings/');
    expect(validateBoundary(bodies.boundaries[0]!.body.boundaryQuery).filter((f) => f.severity === 'error')).toEqual([]);
    expectNoErrors(bodies.policies[0]!.body.statementQuery);
  });
});

describe('toTerraform', () => {
  it('parses back with hcl2json and keeps bind parameters escaped as $${…}', async () => {
    const set = generated(true);
    const tf = toTerraform(set, account);
    const json = await parseTerraform(tf);
    const policy = Object.values(json.resource.dynatrace_iam_policy)[0] as any[];
    const query = policy[0].statement_query as string;
    expect(query).toContain('$${bindParam:mz-name}');
    expect(hasInterpolation(query)).toBe(false);
    expect(hclLiteral(query).trim()).toBe(set.policies[0]!.text.trim());
    expectNoErrors(hclLiteral(query), { 'mz-name': 'Checkout' });
    expect(policy[0].account).toBe(account.levelId);
    const bindings = Object.values(json.resource.dynatrace_iam_policy_bindings_v2)[0] as any[];
    expect(bindings[0].group).toBe(account.groupUuid);
    expect(bindings[0].policy.map((p: any) => p.parameters)).toEqual([{ 'mz-name': 'Checkout' }, { 'mz-name': 'Checkout EU' }]);
    expect(bindings[0].policy[0].id).toMatch(/^\$\{dynatrace_iam_policy\.[a-z0-9_]+\.id\}$/);
    expectGolden('templated-member.tf', tf);
  });

  it('writes boundaries and environment-level policies with a group variable', async () => {
    const tf = toTerraform(boundarySet(), environment);
    const json = await parseTerraform(tf);
    const boundary = (Object.values(json.resource.dynatrace_iam_policy_boundary)[0] as any[])[0];
    expect(boundary.name).toBe('team-alerting-zones-checkout');
    expect(validateBoundary(hclLiteral(boundary.query)).filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.variable.group_uuid).toBeDefined();
    const policy = (Object.values(json.resource.dynatrace_iam_policy)[0] as any[])[0];
    expect(policy.environment).toBe('abc12345');
    expectNoErrors(hclLiteral(policy.statement_query));
    const binding = (Object.values(json.resource.dynatrace_iam_policy_bindings_v2)[0] as any[])[0];
    expect(binding.group).toBe('${var.group_uuid}');
    expect(binding.policy[0].boundaries).toEqual([expect.stringMatching(/^\$\{dynatrace_iam_policy_boundary\.[a-z0-9_]+\.id\}$/)]);
    expectGolden('boundary-lead.tf', tf);
  });
});

describe('toMonacoYaml', () => {
  it('renders one concrete policy per binding because Monaco has no bind parameters', () => {
    const yaml = toMonacoYaml(generated(true), account);
    const doc = parseMonaco(yaml);
    expect(doc.policies).toHaveLength(2);
    expect(doc.policies[0].level).toEqual({ type: 'account' });
    for (const p of doc.policies) {
      expect(p.policy).not.toContain('${bindParam');
      expectNoErrors(p.policy);
    }
    expect(doc.policies[1].policy).toContain('environment:management-zone = "Checkout EU"');
    expect(doc.groups[0].name).toBe('Team Checkout');
    expect(doc.groups[0].account.policies).toEqual(doc.policies.map((p: any) => ({ policy: { type: 'reference', id: p.id } })));
    expectGolden('templated-member.monaco.yaml', yaml);
  });

  it('writes boundaries and environment bindings with boundary references', () => {
    const doc = parseMonaco(toMonacoYaml(boundarySet(), environment));
    expect(doc.boundaries[0].query).toBe('environment:management-zone IN ("Checkout", "Checkout EU");\n');
    expect(doc.policies[0].level).toEqual({ type: 'environment', environment: 'abc12345' });
    expectNoErrors(doc.policies[0].policy);
    const binding = doc.groups[0].environments[0];
    expect(binding.environment).toBe('abc12345');
    expect(binding.policies[0].boundaries).toEqual([{ type: 'reference', id: doc.boundaries[0].id }]);
  });

  it('keeps a concrete policy as written', () => {
    const set = generated(false);
    const doc = parseMonaco(toMonacoYaml(set, account));
    expect(doc.policies).toHaveLength(1);
    expect(doc.policies[0].policy).toBe(set.policies[0]!.text);
    expectNoErrors(doc.policies[0].policy);
  });
});

describe('input checks', () => {
  it('refuses a policy that does not validate', () => {
    const set: GeneratedPolicySet = { policies: [{ name: 'p', description: '', text: 'ALLOW settings:objects:wirte;' }], bindings: [] };
    expect(exportInputProblems(set).map((d) => d.code)).toEqual(['calculator/input/policy-invalid']);
    expect(() => toTerraform(set, account)).toThrow(ExportInputError);
  });

  it('refuses bindings without a value for a bind parameter and references to unknown boundaries', () => {
    const set = generated(true);
    set.bindings = [{ policyName: set.policies[0]!.name, parameters: {}, boundaries: ['nope'] }];
    expect(exportInputProblems(set).map((d) => d.code).sort()).toEqual(['calculator/input/missing-parameter', 'calculator/input/unknown-boundary']);
  });

  it('parses every statement of a generated policy', () => {
    expect(parsePolicy(generated(false).policies[0]!.text).diagnostics).toEqual([]);
  });
});
