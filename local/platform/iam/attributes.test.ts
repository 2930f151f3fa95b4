/** IAM attributes: MZ id → name, notification via its profile, multi-zone objects, app scopes. */
import { startHarness, SETTINGS, type Harness } from '../test-support/harness';
import { alertingProfileValue, maintenanceWindowValue, notificationValue } from '../tenant/demo-values';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
const zone = (n: string) => h.tenant.managementZones.find((m) => m.name === n)!.id;
const post = (who: string, items: unknown[], headers: Record<string, string> = {}) =>
  h.fetchAs(who, `${SETTINGS}/objects`, { method: 'POST', body: JSON.stringify(items), headers });

it('resolves a profile zone id to the zone name the policy names', async () => {
  expect((await post('max', [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] A', zone('Payments')) }])).status).toBe(200);
  expect((await post('mia', [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[search] A', zone('Payments')) }])).status).toBe(403);
});

it('gives a notification the zone of its alerting profile (and none without one)', async () => {
  const r = await post('max', [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] N', zone('Checkout')) }]);
  const profileId = ((await r.json()) as any)[0].objectId;
  const ok = await post('max', [{ schemaId: 'builtin:problem.notifications', scope: 'environment', value: notificationValue('EMAIL', '[checkout] n', profileId, 'a@example.com') }]);
  expect(ok.status).toBe(200);
  const foreign = await post('mia', [{ schemaId: 'builtin:problem.notifications', scope: 'environment', value: notificationValue('EMAIL', '[search] n', profileId, 'a@example.com') }]);
  expect(foreign.status).toBe(403);
});

it('needs the permission for every zone of a multi-zone object', async () => {
  const both = maintenanceWindowValue('[checkout] two zones', [zone('Checkout'), zone('Payments')]);
  expect((await post('max', [{ schemaId: 'builtin:alerting.maintenance-window', scope: 'environment', value: both }])).status).toBe(200);
  const mixed = maintenanceWindowValue('[checkout] foreign zone too', [zone('Checkout'), zone('Search')]);
  const r = await post('max', [{ schemaId: 'builtin:alerting.maintenance-window', scope: 'environment', value: mixed }]);
  expect(r.status).toBe(403);
  expect(((await r.json()) as any).error.message).toContain("management zone 'Search'");
});

it('applies the boundary on the mobile binding and denies zone-less objects to members', async () => {
  expect((await post('noah', [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[mobile] B', zone('Mobile App')) }])).status).toBe(200);
  expect((await post('noah', [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[mobile] global', undefined) }])).status).toBe(403);
});

it('intersects with the app scopes when called from an app function', async () => {
  const r = await h.fetchAs('max', '/platform/app-settings/v2/objects?schema-id=app:my.team.alerting:team-mappings', { headers: { 'dt-app-context': '{"appId":"my.team.alerting"}' } });
  expect([200, 404]).toContain(r.status); // 404 until settings/schemas/team-mappings.schema.json exists
  const eff = await h.fetchAs('max', `${SETTINGS}/effective-permissions:resolve`, {
    method: 'POST',
    headers: { 'dt-dev-app-id': 'my.team.alerting' },
    body: JSON.stringify({ permissions: [{ permission: 'settings:objects:write', context: { schemaId: 'builtin:alerting.profile', scope: 'environment' } }] }),
  });
  expect(((await eff.json()) as any)[0].granted).toBe('condition');
});

it('resolves effective permissions as true / condition / false', async () => {
  const ask = async (who: string, permission: string, schemaId: string) => {
    const r = await h.fetchAs(who, `${SETTINGS}/effective-permissions:resolve`, { method: 'POST', body: JSON.stringify({ permissions: [{ permission, context: { schemaId, scope: 'environment' } }] }) });
    return ((await r.json()) as any)[0].granted;
  };
  expect(await ask('ada', 'settings:objects:write', 'builtin:alerting.profile')).toBe('true');
  expect(await ask('max', 'settings:objects:write', 'builtin:alerting.profile')).toBe('condition');
  expect(await ask('olga', 'settings:objects:write', 'builtin:alerting.profile')).toBe('false');
  // the generated member policy reads the zone table; an outsider holds nothing of Settings 2.0
  expect(await ask('max', 'settings:objects:read', 'builtin:management-zones')).toBe('true');
  expect(await ask('olga', 'settings:objects:read', 'builtin:management-zones')).toBe('false');
});
