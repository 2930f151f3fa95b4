/**
 * Conformance of `GET /settings/history` with the window Dynatrace documents for
 * `getSettingsHistory` (SDK 5.2.3 README, facts §7): `scope` required on the first page; without a
 * filter only the last two weeks; a time range missing a bound completed with now − 1 year or now;
 * default fields `revision,modificationInfo`; sorting by `modificationInfo.lastModifiedTime` only.
 * Driven through the official SDK client against a platform whose clock the test moves.
 */
import { sdkOutcome, startHarness, type Harness } from '../test-support/harness';
import { alertingProfileValue, maintenanceWindowValue } from '../tenant/demo-values';

const DAY = 24 * 3600_000;
const T0 = Date.parse('2026-06-01T12:00:00.000Z');
let now = T0;
let h: Harness;
const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };


beforeAll(async () => {
  h = await startHarness({ clock: () => now });
  const zone = h.tenant.managementZones.find((m) => m.name === 'Search')!.id;
  const create = async (name: string) => (await h.clients('ada').objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue(name, zone) }] }))[0]!.objectId!;
  // A at T0, B 200 days later, C 400 days later; "now" stays at C's time
  ids.a = await create('[search] history A');
  now = T0 + 200 * DAY;
  ids.b = await create('[search] history B');
  now = T0 + 400 * DAY;
  ids.c = await create('[search] history C');
});
afterAll(async () => h.close());

const history = (config: { filter?: string; sort?: string }) =>
  h.clients('ada').objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment', fields: 'objectId,modificationInfo', pageSize: 500, ...config });
const ours = (items: Array<{ objectId?: string }>) => items.map((i) => i.objectId).filter((id) => Object.values(ids).includes(id!));
const iso = (t: number) => new Date(t).toISOString();
const OURS = () => `objectId in ('${ids.a}', '${ids.b}', '${ids.c}')`;

it('requires scope on the first page, not with nextPageKey', async () => {
  const { objects } = h.clients('ada');
  const r = await sdkOutcome(objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile' }));
  expect(r.status).toBe(400);
  expect(r.body.error.constraintViolations[0]).toMatchObject({ path: 'scope', parameterLocation: 'QUERY' });
  const first = await objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment', pageSize: 1, filter: OURS() });
  expect((await objects.getSettingsHistory({ nextPageKey: first.nextPageKey! })).items).toHaveLength(1);
});

it('answers revision and modificationInfo only, unless fields asks for more', async () => {
  const page = await h.clients('ada').objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment' });
  expect(page.items.length).toBeGreaterThan(0);
  for (const item of page.items) expect(Object.keys(item).sort()).toEqual(['modificationInfo', 'revision']);
});

it('answers only the last two weeks without a filter', async () => {
  const page = await history({});
  expect(ours(page.items)).toEqual([ids.c]);
  // the seeded revisions are 400 days old by now
  expect(page.items.every((i) => new Date(i.modificationInfo!.lastModifiedTime!).getTime() >= now - 14 * DAY)).toBe(true);
  expect([page.startTime, page.endTime]).toEqual([iso(now - 14 * DAY), iso(now)]);
});

it('completes a filter without time bounds with the last year', async () => {
  const page = await history({ filter: OURS() });
  expect(ours(page.items)).toEqual([ids.c, ids.b]);
  expect([page.startTime, page.endTime]).toEqual([iso(now - 365 * DAY), iso(now)]);
});

it('completes a missing lower bound with now − 1 year and a missing upper bound with now', async () => {
  const upperOnly = await history({ filter: `${OURS()} and modificationInfo.lastModifiedTime < '${iso(now)}'` });
  expect(ours(upperOnly.items)).toEqual([ids.b]);
  expect(upperOnly.startTime).toBe(iso(now - 365 * DAY));
  const lowerOnly = await history({ filter: `${OURS()} and modificationInfo.lastModifiedTime >= '${iso(T0)}'` });
  expect(ours(lowerOnly.items)).toEqual([ids.c, ids.b, ids.a]);
  expect([lowerOnly.startTime, lowerOnly.endTime]).toEqual([iso(T0), iso(now)]);
});

it('answers exactly a full range, however old', async () => {
  const page = await history({ filter: `modificationInfo.lastModifiedTime >= '${iso(T0 - DAY)}' and modificationInfo.lastModifiedTime <= '${iso(T0 + DAY)}'` });
  expect(ours(page.items)).toEqual([ids.a]);
});

it('sorts by modificationInfo.lastModifiedTime only, newest first by default', async () => {
  const { objects } = h.clients('ada');
  expect((await sdkOutcome(objects.getSettingsHistory({ schemaId: 'builtin:alerting.profile', scope: 'environment', sort: 'revision' }))).status).toBe(400);
  const oldest = await history({ filter: OURS(), sort: 'modificationInfo.lastModifiedTime' });
  expect(ours(oldest.items)).toEqual([ids.b, ids.c]);
});

it('lists several schemas in one listing (comma-separated schemaId, as on the Dynatrace Platform), sorted together, newest first', async () => {
  const zone = h.tenant.managementZones.find((m) => m.name === 'Search')!.id;
  const { objects } = h.clients('ada');
  now += 60_000;
  const window = (await objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.maintenance-window', scope: 'environment', value: maintenanceWindowValue('[search] history W', [zone]) }] }))[0]!.objectId!;
  now += 60_000;
  const d = (await objects.postSettingsObjects({ body: [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[search] history D', zone) }] }))[0]!.objectId!;
  const page = await objects.getSettingsHistory({
    schemaId: 'builtin:alerting.profile,builtin:alerting.maintenance-window', scope: 'environment', fields: 'objectId,schemaId,modificationInfo', pageSize: 500,
    filter: `objectId in ('${ids.c}', '${window}', '${d}')`,
  });
  expect(page.items.map((i) => [i.objectId, i.schemaId])).toEqual([[d, 'builtin:alerting.profile'], [window, 'builtin:alerting.maintenance-window'], [ids.c, 'builtin:alerting.profile']]);
});
