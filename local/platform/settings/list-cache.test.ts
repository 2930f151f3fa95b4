/**
 * The list scan caches zone names per stored object and per schema (`ObjectZones`) and memoizes
 * IAM decisions per zone set. This checks that every list stays exactly what a naive reference
 * says after the writes that must invalidate those caches: a profile moved to another zone (its
 * notifications follow), a profile deleted (its notifications lose their zone), a management
 * zone renamed (policies name zones), renamed back, and deleted, and a new notification. Each
 * persona's list is walked in small pages (nextPageKey alone), unsorted and sorted, and compared
 * with the reference set, the admin's order and `totalCount`.
 */
import { startHarness, FIVE, SETTINGS, type Harness } from '../test-support/harness';
import { PERSONAS, TEAMS } from '../tenant/demo-data';
import { managementZoneValue, notificationValue } from '../tenant/demo-values';

// every persona walks every list in small pages, several times: seconds, more on a loaded machine
jest.setTimeout(60_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

type Obj = { objectId: string; schemaId: string; value: any };
type Table = { idToName: Map<string, string>; names: Set<string> };

/** Zone names of an object from its raw value and the current MZ table; 'x' marks an unknown reference. */
function referenceZones(o: Obj, all: Map<string, Obj>, t: Table): string[] {
  const v = o.value;
  const byId = (id: string) => t.idToName.get(id) ?? 'x';
  switch (o.schemaId) {
    case 'builtin:alerting.profile':
      return v.managementZone ? [byId(v.managementZone)] : [];
    case 'builtin:problem.notifications': {
      const p = all.get(v.alertingProfile);
      return p ? referenceZones(p, all, t) : [];
    }
    case 'builtin:anomaly-detection.metric-events':
      return v.queryDefinition?.managementZone ? [byId(v.queryDefinition.managementZone)] : [];
    case 'builtin:alerting.maintenance-window': {
      const filters: any[] = v.filters ?? [];
      if (filters.length === 0 || filters.some((f) => (f.managementZones ?? []).length === 0)) return [];
      return filters.flatMap((f) => f.managementZones.map(byId));
    }
    case 'builtin:monitoring.slo':
      return [...String(v.filter).matchAll(/mzName\("([^"]+)"\)/g)].map((m) => (t.names.has(m[1]!) ? m[1]! : 'x'));
    default:
      return ['x'];
  }
}

function referenceMayRead(email: string, zones: string[]): boolean {
  const p = PERSONAS.find((x) => x.email === email)!;
  if (p.role === 'admin') return true;
  if (zones.length === 0) return false;
  const mine = new Set(TEAMS.filter((t) => p.teams.includes(t.id)).flatMap((t) => t.managementZones));
  return zones.every((z) => mine.has(z));
}

async function walk(email: string, query: string, pageSize: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let r = await h.fetchAs(email, `${SETTINGS}/objects?${query}&pageSize=${pageSize}`);
  for (;;) {
    expect(r.status).toBe(200);
    const body = (await r.json()) as { items: Array<{ objectId: string }>; totalCount: number; pageSize: number; nextPageKey?: string };
    expect(body.items.length).toBeLessThanOrEqual(pageSize);
    ids.push(...body.items.map((i) => i.objectId));
    totals.push(body.totalCount);
    if (!body.nextPageKey) return { ids, totals };
    expect(body.items).toHaveLength(pageSize);
    r = await h.fetchAs(email, `${SETTINGS}/objects?nextPageKey=${encodeURIComponent(body.nextPageKey)}`);
  }
}

async function checkLists(): Promise<string[]> {
  const t: Table = { idToName: new Map(), names: new Set() };
  for (const m of h.server.platform.tenant().managementZones) {
    t.idToName.set(m.id, m.name);
    t.names.add(m.name);
  }
  const everything = await walk('ada', `schemaIds=${FIVE.join(',')}&fields=objectId`, 500);
  const all = new Map<string, Obj>();
  for (const s of FIVE) {
    const r = await h.fetchAs('ada', `${SETTINGS}/objects?schemaIds=${s}&pageSize=500&fields=objectId,schemaId,value`);
    for (const i of ((await r.json()) as { items: Obj[] }).items) all.set(i.objectId, i);
  }
  expect(everything.ids).toEqual([...all.keys()]);
  for (const p of PERSONAS) {
    const expected = everything.ids.filter((id) => referenceMayRead(p.email, referenceZones(all.get(id)!, all, t)));
    const unsorted = await walk(p.email, `schemaIds=${FIVE.join(',')}&fields=objectId`, 7);
    expect({ persona: p.email, ids: unsorted.ids }).toEqual({ persona: p.email, ids: expected });
    expect(new Set(unsorted.totals)).toEqual(new Set([expected.length]));
    const sorted = await walk(p.email, `schemaIds=${FIVE.join(',')}&fields=objectId,created&sort=-created`, 5);
    expect({ persona: p.email, ids: [...sorted.ids].sort() }).toEqual({ persona: p.email, ids: [...expected].sort() });
    expect(new Set(sorted.totals)).toEqual(new Set([expected.length]));
    // without schemaIds the scan runs over every object (per-object zone cache, no schema arrays)
    const byScope = await h.fetchAs(p.email, `${SETTINGS}/objects?scopes=environment&fields=objectId,schemaId&pageSize=500`);
    const items = ((await byScope.json()) as { items: Array<{ objectId: string; schemaId: string }> }).items;
    expect({ persona: p.email, ids: items.filter((i) => FIVE.includes(i.schemaId)).map((i) => i.objectId).sort() }).toEqual({ persona: p.email, ids: [...expected].sort() });
  }
  return everything.ids;
}

const mzId = (name: string) => h.server.platform.tenant().managementZones.find((m) => m.name === name)!.id;

async function adminObjects(schemaId: string): Promise<Obj[]> {
  const r = await h.fetchAs('ada', `${SETTINGS}/objects?schemaIds=${schemaId}&pageSize=500&fields=objectId,schemaId,value`);
  return ((await r.json()) as { items: Obj[] }).items;
}

async function put(objectId: string, value: unknown): Promise<void> {
  const r = await h.fetchAs('ada', `${SETTINGS}/objects/${objectId}`, { method: 'PUT', body: JSON.stringify({ value }) });
  expect(r.status).toBe(200);
}

async function remove(objectId: string): Promise<void> {
  const r = await h.fetchAs('ada', `${SETTINGS}/objects/${objectId}`, { method: 'DELETE' });
  expect(r.status).toBe(204);
}

it('lists follow profile, notification and management-zone writes (caches invalidated)', async () => {
  await checkLists();

  const profiles = await adminObjects('builtin:alerting.profile');
  const notifications = await adminObjects('builtin:problem.notifications');
  const withNotifications = (zone: string) =>
    profiles.find((p) => p.value.managementZone === mzId(zone) && notifications.some((n) => n.value.alertingProfile === p.objectId))!;

  // a checkout profile moves to Search: its notifications follow it
  const moved = withNotifications('Checkout');
  await put(moved.objectId, { ...moved.value, managementZone: mzId('Search') });
  await checkLists();

  // a search profile is deleted: its notifications lose their zone
  const deleted = withNotifications('Search').objectId;
  await remove(deleted);
  expect(await checkLists()).not.toContain(deleted);

  // a new notification on a mobile profile
  const mobile = profiles.find((p) => p.value.managementZone === mzId('Mobile App'))!;
  const created = await h.fetchAs('ada', `${SETTINGS}/objects`, {
    method: 'POST',
    body: JSON.stringify([{ schemaId: 'builtin:problem.notifications', scope: 'environment', value: notificationValue('EMAIL', 'cache test', mobile.objectId, 'cache@example.com') }]),
  });
  expect(created.status).toBe(200);
  const createdId = ((await created.json()) as Array<{ objectId: string }>)[0]!.objectId;
  expect(await checkLists()).toContain(createdId);

  // renaming a zone changes which policies match its objects; renaming back restores them
  const checkoutZone = (await adminObjects('builtin:management-zones')).find((m) => m.value.name === 'Checkout')!;
  await put(checkoutZone.objectId, managementZoneValue('Checkout (renamed)'));
  await checkLists();
  await put(checkoutZone.objectId, managementZoneValue('Checkout'));
  await checkLists();

  // a deleted zone leaves its references unknown (fail closed)
  const mobileZone = (await adminObjects('builtin:management-zones')).find((m) => m.value.name === 'Mobile App')!;
  await remove(mobileZone.objectId);
  await checkLists();
});
