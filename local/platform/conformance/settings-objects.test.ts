/**
 * Conformance of the Settings 2.0 objects API, driven through the official SDK client
 * (`@dynatrace-sdk/client-classic-environment-v2`) against `startPlatformServer`.
 */
import { sdkOutcome, startHarness, FIVE, type Harness } from '../test-support/harness';
import { alertingProfileValue, notificationValue } from '../tenant/demo-values';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const mz = (name: string) => h.tenant.managementZones.find((m) => m.name === name)!.id;
const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    return Number((e as { response?: { status?: number } }).response?.status ?? (e as { statusCode?: number }).statusCode ?? -1);
  }
};

describe('pagination', () => {
  it('pages with nextPageKey alone and reports totalCount', async () => {
    const { objects } = h.clients('ada');
    const first = await objects.getSettingsObjects({ schemaIds: FIVE.join(','), pageSize: 10, fields: 'objectId,summary' });
    expect(first.items).toHaveLength(10);
    expect(first.totalCount).toBe(37);
    const seen = new Set(first.items.map((i) => i.objectId));
    let key = first.nextPageKey;
    while (key) {
      const page = await objects.getSettingsObjects({ nextPageKey: key });
      page.items.forEach((i) => seen.add(i.objectId));
      expect(page.items[0]).toHaveProperty('summary');
      key = page.nextPageKey;
    }
    expect(seen.size).toBe(37);
  });

  it('rejects nextPageKey combined with other parameters', async () => {
    const { objects } = h.clients('ada');
    const first = await objects.getSettingsObjects({ schemaIds: FIVE.join(','), pageSize: 5 });
    const r = await sdkOutcome(objects.getSettingsObjects({ nextPageKey: first.nextPageKey!, pageSize: 5 }));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('must not be used in combination with nextPageKey query parameter');
  });

  it.each([0, 501, -1])('rejects pageSize %p', async (pageSize) => {
    expect(await status(h.clients('ada').objects.getSettingsObjects({ schemaIds: FIVE[0], pageSize }))).toBe(400);
  });

  it('rejects an invalid nextPageKey and a first page without schemaIds or scopes', async () => {
    const { objects } = h.clients('ada');
    expect(await status(objects.getSettingsObjects({ nextPageKey: 'not-a-cursor' }))).toBe(400);
    expect(await status(objects.getSettingsObjects({ fields: 'objectId' }))).toBe(400);
  });

  it('omits unreadable objects, also from totalCount', async () => {
    const list = await h.clients('mia').objects.getSettingsObjects({ schemaIds: FIVE.join(','), fields: 'objectId,summary' });
    expect(list.totalCount).toBe(7);
    expect(list.items.every((i) => /search|Search/.test(i.summary!))).toBe(true);
  });

  it('answers an unreadable schema empty, without an error (SDK README getSettingsObjects, facts §7)', async () => {
    // the outsider holds no settings:objects:read on the zone table; a member's generated policy does
    const none = await h.clients('olga').objects.getSettingsObjects({ schemaIds: 'builtin:management-zones', fields: 'objectId,value' });
    expect({ items: none.items, totalCount: none.totalCount }).toEqual({ items: [], totalCount: 0 });
    const zones = await h.clients('max').objects.getSettingsObjects({ schemaIds: 'builtin:management-zones', fields: 'objectId,value' });
    expect(zones.totalCount).toBe(6);
  });

  it('filters with the platform filter syntax and checks fields', async () => {
    const { objects } = h.clients('ada');
    const r = await objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile', fields: 'objectId,value', filter: "value.name starts-with '[checkout]' or value.name = 'Default'" });
    expect(r.items.map((i) => (i.value as any).name).sort()).toEqual(['Default', '[checkout] Checkout critical', '[checkout] Payments errors']);
    const bad = await sdkOutcome(objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile', fields: 'objectId', filter: "value.name = 'x'" }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('fields');
  });

  it('returns updateToken only when asked', async () => {
    const { objects } = h.clients('ada');
    const plain = await objects.getSettingsObjects({ schemaIds: FIVE[0], pageSize: 1 });
    expect(Object.keys(plain.items[0]!).sort()).toEqual(['objectId', 'value']);
    const withToken = await objects.getSettingsObjects({ schemaIds: FIVE[0], pageSize: 1, fields: 'objectId,updateToken' });
    expect(withToken.items[0]!.updateToken).toEqual(expect.any(String));
  });
});

describe('locking', () => {
  it('PUT with a stale updateToken is 409, without token it overwrites', async () => {
    const { objects } = h.clients('max');
    const [created] = await objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] Lock test', mz('Checkout')) }] });
    const objectId = created!.objectId!;
    const got = await objects.getSettingsObjectByObjectId({ objectId });
    const v1 = { ...(got.value as object), name: '[checkout] Lock test 2' };
    await objects.putSettingsObjectByObjectId({ objectId, body: { value: v1, updateToken: got.updateToken } });
    const stale = await sdkOutcome(objects.putSettingsObjectByObjectId({ objectId, body: { value: v1, updateToken: got.updateToken } }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe(409);
    await objects.putSettingsObjectByObjectId({ objectId, body: { value: { ...v1, name: '[checkout] Lock test 3' } } });
    const staleDelete = await status(objects.deleteSettingsObjectByObjectId({ objectId, updateToken: got.updateToken }));
    expect(staleDelete).toBe(409);
    const fresh = await objects.getSettingsObjectByObjectId({ objectId });
    await objects.deleteSettingsObjectByObjectId({ objectId, updateToken: fresh.updateToken });
    expect(await status(objects.getSettingsObjectByObjectId({ objectId }))).toBe(404);
  });
});

describe('create', () => {
  it('validateOnly stores nothing', async () => {
    const { objects } = h.clients('max');
    const before = (await objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile' })).totalCount;
    const res = await objects.postSettingsObjects({ validateOnly: true, body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] Dry run', mz('Checkout')) }] });
    expect(res[0]!.code).toBe(200);
    expect(res[0]!.objectId).toBeUndefined();
    expect((await objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile' })).totalCount).toBe(before);
  });

  it('answers a mixed batch with 207 and per-item codes (ok, invalid, unknown schema, forbidden)', async () => {
    const r = await h.fetchAs('max', '/platform/classic/environment-api/v2/settings/objects', {
      method: 'POST',
      body: JSON.stringify([
        { schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] Batch ok', mz('Payments')) },
        { schemaId: 'builtin:alerting.profile', scope: 'environment', value: { name: 42, managementZone: mz('Checkout') } },
        { schemaId: 'builtin:nope', scope: 'environment', value: {} },
        { schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('Foreign', mz('Search')) },
      ]),
    });
    expect(r.status).toBe(207);
    const body = (await r.json()) as any[];
    expect(body.map((b) => b.code)).toEqual([200, 400, 404, 403]);
    expect(body[0].objectId).toEqual(expect.any(String));
    expect(body[1].error.constraintViolations[0].path).toMatch(/^builtin:alerting\.profile\/1\//);
    expect(body[3].error.message).toContain("settings:objects:write");
  });

  it('answers 403 ErrorEnvelope when nothing in the batch is allowed', async () => {
    const r = await sdkOutcome(h.clients('olga').objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('x', mz('Search')) as Record<string, unknown> }] }));
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe(403);
    expect(r.body.error.message).toContain("missing permission 'settings:objects:write'");
  });
});

describe('errors and secrets', () => {
  it('404 envelope for an unknown object, 403 for an unreadable one, 401 without token', async () => {
    const { objects } = h.clients('mia');
    const nf = await sdkOutcome(objects.getSettingsObjectByObjectId({ objectId: 'vu9U3hXa3q0AAAABAAAAAAAA' }));
    expect(nf).toEqual({ status: 404, body: { error: { code: 404, message: 'No object available for the given objectId' } } });
    const checkout = (await h.clients('max').objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile' })).items[0]!;
    const fb = await sdkOutcome(objects.getSettingsObjectByObjectId({ objectId: checkout.objectId! }));
    expect(fb.status).toBe(403);
    expect(fb.body.error.message).toMatch(/missing permission 'settings:objects:read'/);
    expect((await h.fetchAs(undefined, '/platform/classic/environment-api/v2/settings/schemas')).status).toBe(401);
  });

  it('masks secrets on read and keeps them when the masked value is sent back', async () => {
    const { objects } = h.clients('max');
    const profiles = await objects.getSettingsObjects({ schemaIds: 'builtin:alerting.profile', fields: 'objectId,value' });
    const profile = profiles.items.find((i) => (i.value as any).name === '[checkout] Payments errors')!;
    const [created] = await objects.postSettingsObjects({ body: [{ schemaId: 'builtin:problem.notifications', scope: 'environment', value: notificationValue('SLACK', '[checkout] Secret test', profile.objectId!, '#checkout-alerts') }] });
    const got = await objects.getSettingsObjectByObjectId({ objectId: created!.objectId! });
    expect((got.value as any).slackNotification.url).toBe('********');
    await objects.putSettingsObjectByObjectId({ objectId: got.objectId!, body: { value: { ...(got.value as object), displayName: '[checkout] Secret test 2' }, updateToken: got.updateToken } });
    const raw = h.server.platform; // the stored plaintext is still there: history shows masked too
    expect(raw).toBeDefined();
    const again = await objects.getSettingsObjectByObjectId({ objectId: got.objectId! });
    expect((again.value as any).slackNotification.url).toBe('********');
    expect((again.value as any).displayName).toBe('[checkout] Secret test 2');
  });

  it('serves schemas and 404s an unknown schema', async () => {
    const { schemas } = h.clients('max');
    const list = await schemas.getAvailableSchemaDefinitions();
    expect(list.items.map((s) => s.schemaId)).toEqual(expect.arrayContaining(FIVE));
    const def = await schemas.getSchemaDefinition({ schemaId: 'builtin:alerting.profile' });
    expect(def.schemaId).toBe('builtin:alerting.profile');
    const nf = await sdkOutcome(schemas.getSchemaDefinition({ schemaId: 'builtin:nope' }));
    expect(nf.status).toBe(404);
    expect(nf.body.error.message).toBe("The specified schema doesn't exist.");
  });
});
