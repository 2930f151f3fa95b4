/**
 * Conformance of app settings v2 (`@dynatrace-sdk/client-app-settings-v2`) and settings history
 * (`getSettingsHistory` of the classic client) against `startPlatformServer`.
 */
import { sdkOutcome, startHarness, type Harness } from '../test-support/harness';
import { alertingProfileValue } from '../tenant/demo-values';
import { TEAM_MAPPING_SCHEMA } from '../tenant/demo-data';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());


describe('app settings v2', () => {
  it('lists the seeded team mappings with values when asked', async () => {
    const list = await h.clients('max').appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA, addFields: 'value' });
    expect(list.totalCount).toBe(3);
    expect(list.items.map((i) => (i.value as any).id).sort()).toEqual(['checkout', 'mobile', 'search']);
    expect(list.items[0]).toHaveProperty('version');
  });

  it('lets the admin update with optimistic locking and rejects a stale version with 409', async () => {
    const { appSettings } = h.clients('ada');
    const [first] = (await appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA, addFields: 'value' })).items;
    const value = { ...(first!.value as object), displayName: 'Checkout (renamed)' };
    const upd = await appSettings.putAppSettingsObjectByObjectId({ objectId: first!.objectId, optimisticLockingVersion: first!.version, body: { value } });
    expect(upd.version).not.toBe(first!.version);
    const stale = await sdkOutcome(appSettings.putAppSettingsObjectByObjectId({ objectId: first!.objectId, optimisticLockingVersion: first!.version, body: { value } }));
    expect(stale.status).toBe(409);
  });

  it('forbids members to write, with the platform envelope and missingScopes', async () => {
    const { appSettings } = h.clients('max');
    const [first] = (await appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA, addFields: 'value' })).items;
    const r = await sdkOutcome(appSettings.putAppSettingsObjectByObjectId({ objectId: first!.objectId, optimisticLockingVersion: first!.version, body: { value: first!.value as object } }));
    expect(r.status).toBe(403);
    expect(r.body.error.details.missingScopes).toEqual(['app-settings:objects:write']);
  });

  it('lets every app user read the team mappings but not write them, and rejects unknown schemas', async () => {
    const read = await h.clients('olga').appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA, addFields: 'value' });
    expect(read.items.length).toBeGreaterThan(0);
    const write = await sdkOutcome(h.clients('olga').appSettings.postAppSettingsObject({ body: { schemaId: TEAM_MAPPING_SCHEMA, value: read.items[0]!.value as object } }));
    expect(write.status).toBe(403);
    expect((await sdkOutcome(h.clients('ada').appSettings.getAppSettingsObjects({ schemaId: 'app:my.team.alerting:nope' }))).status).toBe(404);
  });
});

describe('settings history', () => {
  it('records create/update/delete with who, appId and before/after, only for readable objects', async () => {
    const zone = h.tenant.managementZones.find((m) => m.name === 'Search')!.id;
    const { objects } = h.clients('mia', { 'dt-app-context': JSON.stringify({ appId: 'my.team.alerting' }) });
    const [created] = await objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[search] History', zone) }] });
    const objectId = created!.objectId!;
    const got = await objects.getSettingsObjectByObjectId({ objectId });
    await objects.putSettingsObjectByObjectId({ objectId, body: { value: { ...(got.value as object), name: '[search] History 2' }, updateToken: got.updateToken } });
    await objects.deleteSettingsObjectByObjectId({ objectId });
    const page = await objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment', filter: `objectId = '${objectId}'`, fields: 'revision,type,jsonBefore,jsonAfter,jsonPatch,modificationInfo,appId' });
    expect(page.items.map((i) => i.type)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    const mia = h.tenant.personas.find((p) => p.email.startsWith('mia'))!;
    expect(page.items.every((i) => i.modificationInfo!.lastModifiedBy === mia.id && i.appId === 'my.team.alerting')).toBe(true);
    expect(JSON.parse(page.items[1]!.jsonAfter!).name).toBe('[search] History 2');
    expect(page.items[1]!.jsonPatch).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'replace', path: '/name' })]));
    const asMax = await h.clients('max').objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment', filter: `objectId = '${objectId}'` });
    expect(asMax.items).toHaveLength(0);
  });

  it('rejects or in the history filter and pages with nextPageKey', async () => {
    const { objects } = h.clients('ada');
    expect((await sdkOutcome(objects.getSettingsHistory({ filter: "objectId = 'a' or objectId = 'b'" }))).status).toBe(400);
    const first = await objects.getSettingsHistory({ schemaId: 'builtin:monitoring.slo', scope: 'environment', pageSize: 3 });
    expect(first.items).toHaveLength(3);
    const second = await objects.getSettingsHistory({ nextPageKey: first.nextPageKey! });
    expect(second.items[0]!.revision).not.toBe(first.items[0]!.revision);
  });
});
