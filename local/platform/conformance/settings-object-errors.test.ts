/**
 * Conformance of Settings 2.0 error bodies for writes, through the official SDK client: a value
 * the schema refuses answers `SettingsObjectResponse`s whose constraint-violation paths start with
 * the schema id and the object's index in the request (`<schemaId>/<index>/<value path>`, the
 * form the Terraform provider strips in `dynatrace/rest/error.go`; a PUT's one object is index
 * 0), with the refused value as `invalidValue`; PUT and DELETE answer 400/404/409 with a
 * `SettingsObjectResponse` (SDK: `SettingsObjectResponseError`) and 403 with an `ErrorEnvelope`.
 */
import { isErrorEnvelopeError, isSettingsObjectResponseError } from '@dynatrace-sdk/client-classic-environment-v2';
import { sdkOutcome, startHarness, type Harness } from '../test-support/harness';
import { alertingProfileValue } from '../tenant/demo-values';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const PROFILE = 'builtin:alerting.profile';
const mz = (name: string) => h.tenant.managementZones.find((m) => m.name === name)!.id;
const caught = async (p: Promise<unknown>): Promise<{ status: number; body: any; objectResponse: boolean; envelope: boolean }> => {
  let error: unknown;
  const outcome = await sdkOutcome(p.catch((e: unknown) => { error = e; throw e; }));
  return { ...outcome, objectResponse: error !== undefined && isSettingsObjectResponseError(error), envelope: error !== undefined && isErrorEnvelopeError(error) };
};

/** A profile of Max's team whose name is empty and whose first severity rule waits too long. */
function invalidValue(): Record<string, any> {
  const v = alertingProfileValue('[checkout] errors', mz('Checkout')) as Record<string, any>;
  return { ...v, name: '', severityRules: [{ ...v.severityRules[0], delayInMinutes: 100_000 }, ...v.severityRules.slice(1)] };
}

async function ownProfile(): Promise<{ objectId: string; updateToken: string; value: Record<string, unknown> }> {
  const { objects } = h.clients('max');
  const [created] = await objects.postSettingsObjects({ body: [{ schemaId: PROFILE, scope: 'environment', value: alertingProfileValue(`[checkout] errors ${Math.random()}`, mz('Checkout')) }] });
  const got = await objects.getSettingsObjectByObjectId({ objectId: created!.objectId! });
  return { objectId: got.objectId!, updateToken: got.updateToken!, value: got.value as Record<string, unknown> };
}

it('POST: each refused item carries its violations under <schemaId>/<index>/ and the refused value', async () => {
  const { objects } = h.clients('max');
  const value = invalidValue();
  const r = await caught(objects.postSettingsObjects({ body: [{ schemaId: PROFILE, scope: 'environment', value }] }));
  expect(r.status).toBe(400);
  const [item] = r.body as any[];
  expect(item.code).toBe(400);
  expect(item.invalidValue).toEqual(value);
  expect(item.error.constraintViolations.map((v: any) => [v.path, v.parameterLocation]).sort()).toEqual([
    [`${PROFILE}/0/name`, 'PAYLOAD_BODY'],
    [`${PROFILE}/0/severityRules/0/delayInMinutes`, 'PAYLOAD_BODY'],
  ]);
});

it('PUT: a refused value answers a SettingsObjectResponse with the same path form (index 0)', async () => {
  const own = await ownProfile();
  const value = invalidValue();
  const r = await caught(h.clients('max').objects.putSettingsObjectByObjectId({ objectId: own.objectId, body: { value, updateToken: own.updateToken } }));
  expect({ status: r.status, objectResponse: r.objectResponse }).toEqual({ status: 400, objectResponse: true });
  expect(r.body).toEqual({
    code: 400,
    error: { code: 400, message: expect.any(String), constraintViolations: expect.any(Array) },
    invalidValue: value,
  });
  expect(r.body.error.constraintViolations.map((v: any) => v.path).sort()).toEqual([`${PROFILE}/0/name`, `${PROFILE}/0/severityRules/0/delayInMinutes`]);
});

it('PUT: 404 and 409 are SettingsObjectResponses, 403 an ErrorEnvelope', async () => {
  const own = await ownProfile();
  const { objects } = h.clients('max');
  const missing = await caught(objects.putSettingsObjectByObjectId({ objectId: 'vu9U3hXa3q0AAAABAAAAAAAA', body: { value: own.value } }));
  expect(missing).toMatchObject({ status: 404, objectResponse: true, body: { code: 404, error: { code: 404, message: 'No object available for the given objectId' } } });
  await objects.putSettingsObjectByObjectId({ objectId: own.objectId, body: { value: own.value, updateToken: own.updateToken } });
  const stale = await caught(objects.putSettingsObjectByObjectId({ objectId: own.objectId, body: { value: own.value, updateToken: own.updateToken } }));
  expect(stale).toMatchObject({ status: 409, objectResponse: true, body: { code: 409, error: { code: 409 } } });
  const foreign = await caught(h.clients('mia').objects.putSettingsObjectByObjectId({ objectId: own.objectId, body: { value: own.value } }));
  expect(foreign).toMatchObject({ status: 403, envelope: true, body: { error: { code: 403 } } });
  expect(foreign.body.code).toBeUndefined();
});

it('DELETE: 404 and 409 are SettingsObjectResponses, 403 an ErrorEnvelope', async () => {
  const own = await ownProfile();
  const { objects } = h.clients('max');
  const missing = await caught(objects.deleteSettingsObjectByObjectId({ objectId: 'vu9U3hXa3q0AAAABAAAAAAAA' }));
  expect(missing).toMatchObject({ status: 404, objectResponse: true, body: { code: 404, error: { code: 404 } } });
  const foreign = await caught(h.clients('mia').objects.deleteSettingsObjectByObjectId({ objectId: own.objectId }));
  expect(foreign).toMatchObject({ status: 403, envelope: true, body: { error: { code: 403 } } });
  await objects.putSettingsObjectByObjectId({ objectId: own.objectId, body: { value: own.value, updateToken: own.updateToken } });
  const stale = await caught(objects.deleteSettingsObjectByObjectId({ objectId: own.objectId, updateToken: own.updateToken }));
  expect(stale).toMatchObject({ status: 409, objectResponse: true, body: { code: 409, error: { code: 409 } } });
});
