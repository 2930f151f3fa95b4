import { parsePolicy, validateBoundary, validatePolicy } from '../iam';
import { boundaryVariant, generatePolicies, ExportInputError, exportInputProblems, groupPictureProblems, iamRestScript, toIamRestBodies, toMonacoYaml, toTerraform, type ExportOptions, type GeneratedPolicySet, type MonacoGroupPicture } from './index';
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

  it('names the OAuth scopes of its requests and says that bindings append', () => {
    expect(toIamRestBodies(generated(true), account).scopes).toEqual({ fineGrained: ['iam:policies:write', 'iam:bindings:write'], legacy: 'iam-policies-management' });
    const bodies = toIamRestBodies(boundarySet(), environment);
    expect(bodies.scopes.fineGrained).toEqual(['iam:boundaries:write', 'iam:policies:write', 'iam:bindings:write']);
    expect(bodies.bindings.every((b) => b.method === 'POST' && /\/bindings\/\{policyUuid:[^}]+\}\/\{groupUuid\}$/.test(b.path))).toBe(true);
    const script = iamRestScript(bodies);
    expect(script.split('\n').slice(0, 4)).toEqual([
      '# Team Alerting (policy calculator): Account Management API requests, in the order they must run.',
      '# OAuth client scopes: iam:boundaries:write, iam:policies:write, iam:bindings:write (or the legacy iam-policies-management, which covers them).',
      '# Bindings are appended (POST …/bindings/{policyUuid}/{groupUuid}): the group keeps its other bindings.',
      '# Replace {policyUuid:…} / {boundaryUuid:…} with the uuid its create request answered.',
    ]);
    expect(script).toContain(`\n\nPOST https://api.dynatrace.com/iam/v1/repo/account/${environment.accountUuid}/boundaries\n`);
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

  it('names both OAuth scopes and makes the group\'s other bindings a required choice (bindings_v2 replaces them)', async () => {
    const tf = toTerraform(generated(true), account);
    expect(tf.split('\n').slice(0, 4).join('\n')).toMatch(/OAuth client with the scopes\n# iam-policies-management and account-env-read/);
    expect(tf).toContain('# dynatrace_iam_policy_bindings_v2 REPLACES every policy binding of the group at this level');
    const json = await parseTerraform(tf);
    const variable = json.variable.group_other_policies[0];
    expect(Object.keys(variable).sort()).toEqual(['description', 'type']);
    const bindings = (Object.values(json.resource.dynatrace_iam_policy_bindings_v2)[0] as any[])[0];
    expect(bindings.dynamic.policy[0].for_each).toBe('${var.group_other_policies}');
    expect(bindings.dynamic.policy[0].content[0]).toEqual({ id: '${policy.value.id}', parameters: '${policy.value.parameters}', boundaries: '${policy.value.boundaries}' });
    const policiesOnly = toTerraform({ ...generated(true), bindings: [] }, account);
    expect(policiesOnly).not.toContain('group_other_policies');
    expect(policiesOnly).not.toContain('REPLACES');
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
  const picture = (over: Partial<MonacoGroupPicture> = {}): MonacoGroupPicture => ({
    description: 'Checkout developers',
    federatedAttributeValues: [],
    account: { policies: ['Standard User'], permissions: ['account-viewer'] },
    environments: [{ environment: 'abc12345', policies: ['Read Logs'], permissions: [] }],
    managementZones: [],
    ...over,
  });

  it('exports policies only by default: no group entry that could wipe the group', () => {
    const yaml = toMonacoYaml(generated(true), account);
    const doc = parseMonaco(yaml);
    expect(Object.keys(doc)).toEqual(['policies']);
    expect(doc.policies).toHaveLength(2);
    expect(doc.policies[0].level).toEqual({ type: 'account' });
    for (const p of doc.policies) {
      expect(p.policy).not.toContain('${bindParam');
      expectNoErrors(p.policy);
    }
    expect(doc.policies[1].policy).toContain('environment:management-zone = "Checkout EU"');
    const header = yaml.slice(0, yaml.indexOf('policies:'));
    expect(header).toContain('# Policies only, on purpose: a Monaco group entry makes the group exactly what it lists.');
    expect(header).toContain('delete every environment-level binding of the group (e.g. Standard User)');
    expect(header).toContain('# Bind these policies to "Team Checkout" at account level');
    expect(header).toContain('#   team-alerting-member · Checkout\n#   team-alerting-member · Checkout EU\n');
    expect(header).toMatch(/iam-policies-management,\n# account-idm-read and account-env-read/);
    expectGolden('templated-member.monaco.yaml', yaml);
  });

  it('describes the boundary variant in the header of its Monaco file (not the templated one)', () => {
    const yaml = toMonacoYaml(boundarySet(), account);
    const header = yaml.slice(0, yaml.indexOf('policies:'));
    expect(header).toContain('# Boundary variant: the shared policy is the same for every team and is limited to this team\'s');
    expect(header).toContain('(team-alerting-zones-checkout)');
    expect(header).not.toContain('templated');
    expect(toMonacoYaml(generated(false), account)).toContain('# Concrete policies: the team\'s management zones are written into the statements.');
  });

  it('writes a group entry only from the group\'s full picture, keeping everything it holds', () => {
    const yaml = toMonacoYaml(generated(true), { ...account, monacoGroup: picture({ federatedAttributeValues: ['cn=checkout'], managementZones: [{ environment: 'abc12345', managementZone: 'Checkout', permissions: ['tenant-viewer'] }] }) });
    const doc = parseMonaco(yaml);
    const refs = doc.policies.map((p: any) => ({ policy: { type: 'reference', id: p.id } }));
    expect(doc.groups).toEqual([{
      id: 'group-team-checkout', name: 'Team Checkout', description: 'Checkout developers', federatedAttributeValues: ['cn=checkout'],
      account: { permissions: ['account-viewer'], policies: ['Standard User', ...refs] },
      environments: [{ environment: 'abc12345', permissions: [], policies: ['Read Logs'] }],
      managementZones: [{ environment: 'abc12345', managementZone: 'Checkout', permissions: ['tenant-viewer'] }],
    }]);
    expect(yaml).toContain('# The group entry makes "Team Checkout" exactly what it lists');
    expect(yaml).toContain('account-idm-write for the group');
  });

  it('adds the team bindings to the export\'s environment, beside the picture\'s, with boundary references', () => {
    const doc = parseMonaco(toMonacoYaml(boundarySet(), { ...environment, monacoGroup: picture({ environments: [] }) }));
    expect(doc.boundaries[0].query).toBe('environment:management-zone IN ("Checkout", "Checkout EU");\n');
    expect(doc.policies[0].level).toEqual({ type: 'environment', environment: 'abc12345' });
    expectNoErrors(doc.policies[0].policy);
    const group = doc.groups[0];
    expect(group.account.policies).toEqual(['Standard User']);
    expect(group.environments).toEqual([{ environment: 'abc12345', permissions: [], policies: [
      { policy: { type: 'reference', id: doc.policies[0].id }, boundaries: [{ type: 'reference', id: doc.boundaries[0].id }] },
      // the zone table and the app are bound without the boundary (it would empty the zone table)
      { policy: { type: 'reference', id: doc.policies[1].id } },
    ] }]);
  });

  it('keeps a concrete policy as written', () => {
    const set = generated(false);
    const doc = parseMonaco(toMonacoYaml(set, account));
    expect(doc.policies).toHaveLength(1);
    expect(doc.policies[0].policy).toBe(set.policies[0]!.text);
    expectNoErrors(doc.policies[0].policy);
  });

  it('keeps admin text inside its comment line and refuses a picture it cannot write', () => {
    const yaml = toMonacoYaml(generated(true), { ...environment, levelId: 'env\ngroups: []', groupName: 'Team\r\npolicies: evil' });
    expect(Object.keys(parseMonaco(yaml))).toEqual(['policies']);
    expect(yaml.split('\n').filter((l) => l.startsWith('groups') || l.startsWith('policies: evil'))).toEqual([]);
    expect(() => toMonacoYaml(generated(true), { ...account, monacoGroup: picture({ account: { policies: ['Standard\nUser'], permissions: [] } }) })).toThrow(ExportInputError);
    expect(groupPictureProblems(picture({ environments: [{ environment: '', policies: [], permissions: [] }] })).map((d) => d.location?.path)).toEqual(['monacoGroup/environments/0/environment']);
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
