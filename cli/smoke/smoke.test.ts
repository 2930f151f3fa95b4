/**
 * The smoke check against the local platform, as an admin runs it before rollout: the demo tenant
 * passes with the admin's token; a mapping that names a zone the tenant lacks, or a token without
 * the app's scopes, fails with exit code 1 and says what; usage errors exit 2.
 */
import { startHarness, type Harness } from '../../local/platform/test-support/harness';
import { TEAM_MAPPING_SCHEMA } from '../../local/platform/tenant/demo-data';
import { run } from './main';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function smoke(persona: string | undefined, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, env: persona ? { DT_PLATFORM_TOKEN: h.token(persona) } : {} });
  return { code, out, err };
}

it('passes on the demo tenant with the admin\'s token and prints every check', async () => {
  const r = await smoke('ada', '--env', h.url);
  expect(r.code).toBe(0);
  expect(r.out.split('\n').filter((l) => l.startsWith('['))).toEqual([
    "[ok  ] the token holds the app's scopes",
    '[ok  ] the team mappings parse',
    '[ok  ] every mapped zone exists',
    "[ok  ] each team's generated policies let its members read the zone table and their objects",
  ]);
  const json = JSON.parse((await smoke('ada', '--env', h.url, '--json')).out);
  expect(json).toMatchObject({ environment: h.url, ok: true });
  expect(json.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['scopes', 'pass'], ['mappings', 'pass'], ['zones', 'pass'], ['policies', 'pass']]);
});

it('fails when the token lacks a scope of the app', async () => {
  const r = await smoke('max', '--env', h.url, '--json');
  expect(r.code).toBe(1);
  const scopes = JSON.parse(r.out).checks.find((c: { id: string }) => c.id === 'scopes');
  expect(scopes.findings).toEqual([expect.objectContaining({ code: 'smoke/scope/not-granted', message: 'scope `app-settings:objects:write` is not granted to this token' })]);
});

it('fails when a mapping names a management zone the tenant does not have', async () => {
  const { appSettings } = h.clients('ada');
  const [mobile] = (await appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA, addFields: 'value', filter: "value.id = 'mobile'" })).items;
  const value = mobile!.value as Record<string, any>;
  await appSettings.putAppSettingsObjectByObjectId({ objectId: mobile!.objectId, optimisticLockingVersion: mobile!.version, body: { value: { ...value, scope: { kind: 'management-zones', managementZones: ['Mobile App', 'Mobile Web'] } } } });
  const r = await smoke('ada', '--env', h.url);
  expect(r.code).toBe(1);
  expect(r.out).toContain('[FAIL] every mapped zone exists');
  expect(r.out).toContain('error[team/scope/unknown-zone]: team `mobile`: management zone `Mobile Web` does not exist');
  expect(r.out).toContain("[ok  ] each team's generated policies");
  expect(r.out).toContain('1 of 4 checks failed.');
});

it('refuses to run without an environment or a token (exit 2)', async () => {
  expect((await smoke('ada')).code).toBe(2);
  const noToken = await smoke(undefined, '--env', h.url);
  expect(noToken.code).toBe(2);
  expect(noToken.err).toContain('DT_PLATFORM_TOKEN');
  expect((await smoke('ada', '--env', 'http://tenant.example.com')).code).toBe(2);
});
