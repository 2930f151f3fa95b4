/**
 * Hostile names and zone values must never change the meaning of an export: either they come
 * back byte-for-byte from the format's own parser, or the export refuses them.
 */
import { parsePolicy, validatePolicy } from '../iam';
import { concretizePolicy, generatePolicies, ExportInputError, exportInputProblems, hclMultiline, hclString, toIamRestBodies, toMonacoYaml, toTerraform, type GeneratedPolicySet } from './index';
import { hasInterpolation, hclLiteral, parseMonaco, parseTerraform } from './exports.test-support';

const opts = { levelType: 'account' as const, levelId: 'acc-1', groupName: 'Team "X"\\ ${var.secret} %{ if true }' };
const picture = { description: 'd', federatedAttributeValues: [], account: { policies: ['Standard User'], permissions: [] }, environments: [], managementZones: [] };

const HOSTILE_TEXT = ['a"b', "it's", 'back\\slash', '${var.x}', '%{ if 1 }x%{ endif }', 'EOT', '"; ALLOW settings:objects:write; //', '#comment', 'key: value\n- item', '&anchor *alias', ''];

function templated(): GeneratedPolicySet {
  const g = generatePolicies({ role: 'member', zones: ['Checkout'], templated: true, team: 'checkout' });
  return { policies: g.policies.map((p) => ({ ...p })), bindings: g.bindings.map((b) => ({ ...b, parameters: { ...b.parameters } })) };
}

describe('hclString', () => {
  it.each(HOSTILE_TEXT.filter((t) => !t.includes('\n')).concat(['line\nbreak', 'tab\there', 'nul\u0000x']))('round-trips %j through hcl2json without interpolation', async (text) => {
    const json = await parseTerraform(`locals {\n  v = ${hclString(text)}\n}\n`);
    const v = json.locals[0].v as string;
    expect(hasInterpolation(v)).toBe(false);
    expect(hclLiteral(v)).toBe(text);
  });
});

describe('names and descriptions with quotes, backslashes, `${` and YAML syntax', () => {
  it.each(HOSTILE_TEXT.filter((t) => t !== '' && !t.includes('\n')))('come back unchanged from JSON, HCL and YAML: %j', async (text) => {
    const set = templated();
    const p = set.policies[0]!;
    p.name = `policy ${text}`;
    p.description = `description ${text}\nsecond line`;
    set.bindings.forEach((b) => { b.policyName = p.name; });
    const rest = JSON.parse(JSON.stringify(toIamRestBodies(set, opts)));
    expect(rest.policies[0].body.name).toBe(p.name);
    expect(rest.policies[0].body.description).toBe(p.description);

    const tf = await parseTerraform(toTerraform(set, opts));
    const pol = (Object.values(tf.resource.dynatrace_iam_policy)[0] as any[])[0];
    expect(hclLiteral(pol.name)).toBe(p.name);
    expect(hclLiteral(pol.description)).toBe(p.description);
    expect(Object.keys(tf.resource)).toEqual(['dynatrace_iam_policy', 'dynatrace_iam_policy_bindings_v2']);

    expect(Object.keys(parseMonaco(toMonacoYaml(set, opts)))).toEqual(['policies']);
    const doc = parseMonaco(toMonacoYaml(set, { ...opts, monacoGroup: picture }));
    expect(doc.policies[0].name).toBe(`${p.name} · Checkout`);
    expect(doc.groups[0].name).toBe(opts.groupName);
    expect(Object.keys(doc).sort()).toEqual(['groups', 'policies']);
  });

  it('refuses names with line breaks', () => {
    const set = templated();
    set.policies[0]!.name = 'a\nb';
    expect(exportInputProblems(set).map((d) => d.code)).toContain('calculator/input/control-character');
    expect(() => toMonacoYaml(set, opts)).toThrow(ExportInputError);
  });
});

describe('zone names as bind-parameter values', () => {
  it.each(['Check "out"', "Check'out", 'back\\slash', '; ALLOW settings:objects:write; //', 'EOT'])('%j stays one literal value in every export', async (zone) => {
    const set = templated();
    set.bindings[0]!.parameters = { 'mz-name': zone };
    const rest = JSON.parse(JSON.stringify(toIamRestBodies(set, opts)));
    expect(rest.bindings[0].body.parameters['mz-name']).toBe(zone);
    const tf = await parseTerraform(toTerraform(set, opts));
    const binding = (Object.values(tf.resource.dynatrace_iam_policy_bindings_v2)[0] as any[])[0];
    expect(hclLiteral(binding.policy[0].parameters['mz-name'])).toBe(zone);
    expect(hasInterpolation(binding.policy[0].parameters['mz-name'])).toBe(false);
    const doc = parseMonaco(toMonacoYaml(set, opts));
    const text = doc.policies[0].policy as string;
    expect(validatePolicy(text).filter((f) => f.severity === 'error')).toEqual([]);
    const st = parsePolicy(text).policy.statements;
    expect(st.map((s) => s.permissions.map((x) => x.name))).toEqual(parsePolicy(set.policies[0]!.text).policy.statements.map((s) => s.permissions.map((x) => x.name)));
    const zoneValues = st.flatMap((s) => s.conditions).filter((c) => c.name === 'environment:management-zone').flatMap((c) => c.values.map((v) => v.raw));
    expect(zoneValues).toEqual([zone, zone, zone]);
  });

  it.each(['a"b\'c', 'line\nbreak', '${bindParam:other}', 'x${global:userId}'])('refuses %j, which IAM could not substitute unambiguously', (zone) => {
    const set = templated();
    set.bindings[0]!.parameters = { 'mz-name': zone };
    expect(exportInputProblems(set).map((d) => d.code)).toContain('calculator/input/unsafe-parameter-value');
    expect(() => toIamRestBodies(set, opts)).toThrow(ExportInputError);
    expect(() => toTerraform(set, opts)).toThrow(ExportInputError);
    expect(() => toMonacoYaml(set, opts)).toThrow(ExportInputError);
    expect(concretizePolicy(set.policies[0]!.text, { 'mz-name': zone }).ok).toBe(false);
  });

  it('the generator refuses zone names it cannot quote', () => {
    expect(generatePolicies({ role: 'member', zones: ['a"b\'c'] }).errors.length).toBeGreaterThan(0);
    expect(generatePolicies({ role: 'member', zones: ['x\n'] }).errors.length).toBeGreaterThan(0);
  });
});

describe('hclMultiline', () => {
  it('picks a delimiter that no line of the text equals and escapes template sequences', async () => {
    const text = 'first ${x}\nEOT\n  EOT1\n%{ if 1 }';
    const json = await parseTerraform(`locals {\n  v = ${hclMultiline(text, '  ')}\n}\n`);
    const v = json.locals[0].v as string;
    expect(hasInterpolation(v)).toBe(false);
    expect(hclLiteral(v)).toBe(`${text}\n`);
  });
});
