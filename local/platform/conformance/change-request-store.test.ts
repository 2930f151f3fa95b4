/**
 * Conformance of the change-request store (`app:my.team.alerting:change-requests`, app settings
 * v2) as the app relies on it, through `@dynatrace-sdk/client-app-settings-v2`: whoever holds
 * `app-settings:objects:write` on the schema may write any entry (no owner-based access control),
 * the store records the writer itself (`modificationInfo.createdBy` / `lastModifiedBy`, never
 * taken from the request), every write gets a new `version`, and a stale version is a 409.
 */
import { startHarness, type Harness } from '../test-support/harness';
import { APP_ID } from '../tenant/demo-data';

const SCHEMA = `app:${APP_ID}:change-requests`;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const failure = async (p: Promise<unknown>): Promise<number> => {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { response?: { status: number } }).response?.status ?? -1;
  }
};

const person = (prefix: string) => {
  const p = h.tenant.personas.find((x) => x.email.startsWith(prefix))!;
  return { id: p.id, name: p.name, email: p.email };
};

const request = (proposer: ReturnType<typeof person>) => ({
  format: 1, teamId: 'checkout', schemaId: 'builtin:alerting.profile', operation: 'delete', objectId: 'x', baseUpdateToken: 't', value: null,
  objectName: '[checkout] p', comment: 'why', rule: { index: 0, schemaIds: ['builtin:alerting.profile'], operations: ['delete'] },
  proposer, state: 'open', decision: null, withdrawnAt: null, outcome: null,
});

describe('the change-request store', () => {
  it('records the creator itself: a body that claims another creator changes nothing', async () => {
    const max = person('max');
    const http = await h.fetchAs('max', `/platform/app-settings/v2/objects`, {
      method: 'POST',
      body: JSON.stringify({ schemaId: SCHEMA, value: request(max), modificationInfo: { createdBy: person('lena').id } }),
    });
    expect(http.status).toBe(201);
    const { objectId } = (await http.json()) as { objectId: string };
    const got = await h.clients('lena').appSettings.getAppSettingsObjectByObjectId({ objectId });
    expect(got.modificationInfo?.createdBy).toBe(max.id);
    expect(got.modificationInfo?.lastModifiedBy).toBe(max.id);
    expect(got.modificationInfo?.createdTime?.getTime()).toBe(got.modificationInfo?.lastModifiedTime?.getTime());
  });

  it('lets any writer of the schema change any entry (no owner-based access control), recording the last writer', async () => {
    const lena = h.clients('lena').appSettings;
    const created = await lena.postAppSettingsObject({ body: { schemaId: SCHEMA, value: request(person('lena')) } });
    const forged = { ...request(person('lena')), state: 'approved' };
    const upd = await h.clients('max').appSettings.putAppSettingsObjectByObjectId({ objectId: created!.objectId, optimisticLockingVersion: created!.version, body: { value: forged } });
    expect(upd.version).not.toBe(created!.version);
    const got = await lena.getAppSettingsObjectByObjectId({ objectId: created!.objectId });
    expect(got.modificationInfo).toMatchObject({ createdBy: person('lena').id, lastModifiedBy: person('max').id });
    expect(await failure(lena.putAppSettingsObjectByObjectId({ objectId: created!.objectId, optimisticLockingVersion: created!.version, body: { value: forged } }))).toBe(409);
  });

  it('filters by a value property and by the store\'s creator', async () => {
    const mine = await h.clients('noah').appSettings.postAppSettingsObject({ body: { schemaId: SCHEMA, value: request(person('noah')) } });
    const list = await h.clients('lena').appSettings.getAppSettingsObjects({
      schemaId: SCHEMA, addFields: 'value,modificationInfo', filter: `(value.teamId = 'checkout') and (modificationInfo.createdBy = '${person('noah').id}')`,
    });
    expect(list.items.map((i) => i.objectId)).toEqual([mine!.objectId]);
  });

  it('refuses a value that is not of the schema, and a reader without the write grant', async () => {
    expect(await failure(h.clients('max').appSettings.postAppSettingsObject({ body: { schemaId: SCHEMA, value: { ...request(person('max')), extra: 1 } } }))).toBe(400);
    // the team mappings stay admin-only: the grant names the change-request schema alone
    const [team] = (await h.clients('max').appSettings.getAppSettingsObjects({ schemaId: `app:${APP_ID}:team-mappings`, addFields: 'value' })).items;
    expect(await failure(h.clients('max').appSettings.putAppSettingsObjectByObjectId({ objectId: team!.objectId, optimisticLockingVersion: team!.version, body: { value: team!.value as object } }))).toBe(403);
  });
});
