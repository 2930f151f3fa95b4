import { contracts, jsonShapeWithin, LIMITS, type FunctionName } from './index';

const team = {
  id: 'checkout', displayName: 'Checkout', members: ['max.member@example.com'], leads: ['lena.lead@example.com'],
  scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] },
  naming: { kind: 'prefix', value: '[checkout] ', mode: 'enforce' },
  allowedSchemas: ['builtin:alerting.profile'],
  notifications: { allowedTypes: ['EMAIL'], emailDomains: ['example.com'], webhookHosts: [], slackChannels: [], mode: 'enforce' },
  quotas: [{ schemaId: 'builtin:alerting.profile', max: 25 }], scopeMode: 'enforce',
};

describe('contracts', () => {
  it('accepts an empty or missing payload for get-context', () => {
    expect(contracts['get-context'].request.safeParse(undefined).success).toBe(true);
    expect(contracts['get-context'].request.safeParse({}).success).toBe(true);
  });
  it('rejects unknown fields', () => {
    expect(contracts['get-context'].request.safeParse({ teamId: 'x' }).success).toBe(false);
    expect(contracts['delete-alerting-object'].request.safeParse({ objectId: 'a', updateToken: 't', force: true }).success).toBe(false);
  });
  it('rejects schema ids outside the five alerting schemas', () => {
    const r = contracts['create-alerting-object'].request.safeParse({ schemaId: 'builtin:management-zones', value: {} });
    expect(r.success).toBe(false);
  });
  it('rejects oversized and deeply nested values', () => {
    const big = { name: 'x'.repeat(LIMITS.maxValueBytes) };
    expect(contracts['create-alerting-object'].request.safeParse({ schemaId: 'builtin:alerting.profile', value: big }).success).toBe(false);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(contracts['create-alerting-object'].request.safeParse({ schemaId: 'builtin:alerting.profile', value: deep }).success).toBe(false);
  });
  it('measures JSON shape iteratively', () => {
    expect(jsonShapeWithin({ a: [1, 2, { b: 'c' }] }, 3, 1000)).toBe(true);
    expect(jsonShapeWithin({ a: [1, 2, { b: 'c' }] }, 2, 1000)).toBe(false);
  });
  it('accepts the seeded team mapping shape and requires a version to replace a team', () => {
    expect(contracts['upsert-team'].request.safeParse({ team }).success).toBe(true);
    expect(contracts['upsert-team'].request.safeParse({ team, objectId: 'o1' }).success).toBe(false);
    expect(contracts['upsert-team'].request.safeParse({ team, objectId: 'o1', version: 'v1' }).success).toBe(true);
  });
  it('parses failures with the current value of a conflict', () => {
    const r = contracts['update-alerting-object'].response.safeParse({
      status: 'conflict', diagnostics: [{ code: 'settings/conflict', severity: 'error', message: 'changed' }],
      current: { objectId: 'o', value: { name: 'n' }, updateToken: 't2' },
    });
    expect(r.success).toBe(true);
  });
  it('passes listed values through unchanged and refuses a value that is not a JSON object', () => {
    const item = (value: unknown) => ({
      status: 'ok', items: [{ objectId: 'o', schemaId: 'builtin:alerting.profile', teamId: 'checkout', value, summary: 's', findings: [], modified: null, modifiedBy: null }],
    });
    const value = { name: 'n', nested: { list: [1, 2] } };
    const r = contracts['list-team-alerting'].response.safeParse(item(value));
    expect(r.success && r.data.status === 'ok' && r.data.items[0]!.value).toEqual(value);
    for (const bad of [null, [], 'text', 3]) expect(contracts['list-team-alerting'].response.safeParse(item(bad)).success).toBe(false);
  });
  it('strips fields outside the contract from listed items and their findings, so they never leave a function', () => {
    const finding = { rule: 'naming', severity: 'warning', code: 'guardrail/naming/prefix', location: { path: 'name' }, message: 'm', internal: 'x' };
    const r = contracts['list-team-alerting'].response.safeParse({
      status: 'ok', items: [{ objectId: 'o', schemaId: 'builtin:alerting.profile', teamId: 'checkout', value: {}, summary: 's', findings: [finding], modified: null, modifiedBy: null, updateToken: 'secret' }],
    });
    expect(r.success).toBe(true);
    if (r.success && r.data.status === 'ok') {
      expect(Object.keys(r.data.items[0]!)).not.toContain('updateToken');
      expect(Object.keys(r.data.items[0]!.findings[0]!)).not.toContain('internal');
    }
  });

  describe('refuse an unpaired surrogate (an emoji cut in half) in every string a request carries', () => {
    const cut = '[checkout] x \ud83d';
    const id = 'vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ';
    const cases: Array<[FunctionName, unknown, string]> = [
      ['create-alerting-object', { schemaId: 'builtin:alerting.profile', value: { name: cut } }, 'value/name'],
      ['create-alerting-object', { schemaId: 'builtin:alerting.profile', value: { rules: [{ tag: 'ok' }, { tag: '\ude00' }] } }, 'value/rules/1/tag'],
      ['create-alerting-object', { schemaId: 'builtin:alerting.profile', value: { ['key \ud800']: 1 } }, 'value/key \ufffd'],
      ['update-alerting-object', { objectId: id, updateToken: 't', value: { name: cut } }, 'value/name'],
      ['preview-alerting-change', { schemaId: 'builtin:alerting.profile', value: { name: cut } }, 'value/name'],
      ['delete-alerting-object', { objectId: id, updateToken: 't\ud800' }, 'updateToken'],
      ['list-team-alerting', { pageKey: 'k\ud800' }, 'pageKey'],
      ['get-alerting-history', { pageKey: 'k\ud800' }, 'pageKey'],
      ['list-unowned-alerting', { pageKey: 'k\ud800' }, 'pageKey'],
      ['upsert-team', { team: { ...team, displayName: 'Check \ud83d' } }, 'team/displayName'],
      ['upsert-team', { team: { ...team, naming: { kind: 'prefix', value: '[\udbff] ', mode: 'enforce' } } }, 'team/naming/value'],
      ['delete-team', { objectId: id, version: 'v\udfff' }, 'version'],
    ];
    it.each(cases)('%s at %s', (fn, payload, path) => {
      const r = contracts[fn].request.safeParse(payload);
      expect(r.success).toBe(false);
      const issue = r.error!.issues.find((i) => i.path.join('/') === path);
      expect((issue as { params?: { code?: string } } | undefined)?.params?.code).toBe('input/invalid-unicode');
    });
    it('while a well-formed emoji is fine', () => {
      expect(contracts['create-alerting-object'].request.safeParse({ schemaId: 'builtin:alerting.profile', value: { name: '[checkout] x 😀' } }).success).toBe(true);
    });
  });

  it('refuses object ids that are not shaped like settings object ids, and accepts real ones', () => {
    const parse = (objectId: string) => contracts['get-alerting-object'].request.safeParse({ objectId }).success;
    for (const bad of ['../../_local/tenant', '..', '.', 'a/b', 'a%2Fb', '%2e%2e', 'a b', ' a', 'a\n', 'a?b', 'a#b', 'a\\b', 'ä', 'a=b', 'a===']) expect({ bad, ok: parse(bad) }).toEqual({ bad, ok: false });
    for (const good of ['vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ', 'Y2ktaGdyb3VwLTEyMythZjhjOThlOS0wN2I0LTMyMGEtOTQzNi02NTEyMmVlNWY4NGQ=', 'obj-1']) expect(parse(good)).toBe(true);
    expect(parse('a'.repeat(LIMITS.maxIdLength + 1))).toBe(false);
  });
});
