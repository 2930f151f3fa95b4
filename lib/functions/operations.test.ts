import fc from 'fast-check';
import { contracts, type FunctionName } from '../contracts/registry';
import { findingSchema } from '../contracts/common';
import { alertingItemSchema } from '../contracts/list-team-alerting';
import { operations } from './index';
import { encodeCursor } from './cursor';
import { world } from './fake-ports.test-support';
import { MAX_CALLS } from './list-team-alerting';

const MAX = 'max.member@example.com';
const P = 'builtin:alerting.profile';

function setup() {
  const w = world();
  const mine = w.put(P, { name: '[checkout] p', managementZone: w.zoneId.Checkout });
  const theirs = w.put(P, { name: '[search] p', managementZone: w.zoneId.Search });
  const myNote = w.put('builtin:problem.notifications', { displayName: '[checkout] n', type: 'EMAIL', alertingProfile: mine, emailNotification: { recipients: ['a@example.com'] } });
  const theirNote = w.put('builtin:problem.notifications', { displayName: '[search] n', type: 'EMAIL', alertingProfile: theirs, emailNotification: { recipients: ['a@example.com'] } });
  return { w, mine, theirs, myNote, theirNote, ports: w.ports(MAX) };
}

/** Every page of a full listing walk with the page key alone: answer sizes and the objects seen. */
async function walk(ports: ReturnType<typeof setup>['ports']) {
  const sizes: number[] = [];
  const ids = new Set<string>();
  let pageKey: string | undefined;
  do {
    const r = await operations['list-team-alerting'](ports, pageKey ? { pageKey } : {});
    if (r.status !== 'ok') throw new Error(r.status);
    sizes.push(r.items.length);
    r.items.forEach((i) => ids.add(i.objectId));
    pageKey = r.nextPageKey;
  } while (pageKey);
  return { sizes, ids };
}

/** Listing calls per schema among fake-port calls (a follow-up page key names its schema). */
function listingCallsPerSchema(calls: Array<{ op: string; arg?: unknown }>) {
  const lists = calls.filter((c) => c.op === 'list').map((c) => c.arg as { schemaIds?: string; nextPageKey?: string });
  const schemaOf = (l: { schemaIds?: string; nextPageKey?: string }) => l.schemaIds ?? l.nextPageKey!.split('|')[0];
  return (schemaId: string) => lists.filter((l) => schemaOf(l) === schemaId).length;
}

describe('get-context', () => {
  it('derives the team from the caller e-mail and asks the platform for admin and permissions', async () => {
    const { w } = setup();
    const r = await operations['get-context'](w.ports('LENA.lead@example.com'), undefined);
    expect(r).toMatchObject({ status: 'ok', isAdmin: false, teams: [{ id: 'checkout', role: 'lead' }], capabilities: { reviewTeamIds: ['checkout'], manageTeams: false } });
    if (r.status === 'ok') expect(r.teams[0]!.managementZones).toEqual([{ name: 'Checkout', id: w.zoneId.Checkout }, { name: 'Payments', id: w.zoneId.Payments }]);
  });
});

describe('list-team-alerting', () => {
  it('lists only the team\'s objects, with server-side filters and one call per schema', async () => {
    const { w, ports, mine, myNote } = setup();
    const r = await operations['list-team-alerting'](ports, {});
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.items.map((i) => i.objectId).sort()).toEqual([mine, myNote].sort());
    const lists = w.calls.filter((c) => c.op === 'list').map((c) => c.arg as { schemaIds: string; filter?: string });
    expect(lists.find((l) => l.schemaIds === P)?.filter).toBe(`value.managementZone in('${w.zoneId.Checkout}','${w.zoneId.Payments}')`);
    expect(lists.find((l) => l.schemaIds === 'builtin:problem.notifications')?.filter).toBe(`value.alertingProfile in('${mine}')`);
    expect(lists.filter((l) => l.schemaIds !== 'builtin:management-zones')).toHaveLength(5);
  });
  it('answers listed items and findings with exactly the contract\'s fields, whatever else a record carries', async () => {
    // the listing's ok answer skips the stripping response check, so it must be built that way
    const { w, ports } = setup();
    w.put(P, { name: 'no prefix', managementZone: w.zoneId.Checkout });
    const withExtras = { ...ports, settings: { ...ports.settings, listPage: async (q: Parameters<typeof ports.settings.listPage>[0]) => {
      const page = await ports.settings.listPage(q);
      return { ...page, items: page.items.map((i) => ({ ...i, updateToken: 'token-must-not-leak', extra: 1 })) };
    } } };
    const r = await operations['list-team-alerting'](withExtras, {});
    if (r.status !== 'ok') throw new Error(r.status);
    const itemKeys = Object.keys(alertingItemSchema.shape).sort();
    const findingKeys = Object.keys(findingSchema.shape);
    expect(r.items).toHaveLength(3);
    for (const item of r.items) {
      expect(Object.keys(item).sort()).toEqual(itemKeys);
      for (const f of item.findings) expect(Object.keys(f).filter((k) => !findingKeys.includes(k))).toEqual([]);
    }
    expect(r.items.flatMap((i) => i.findings).map((f) => f.code)).toContain('guardrail/naming/prefix');
    expect(JSON.stringify(r)).not.toContain('token-must-not-leak');
    expect(contracts['list-team-alerting'].response.safeParse(r).success).toBe(true);
  });

  it('answers in pages of about 500 items at Settings page boundaries, ⌈n/500⌉ listing calls in all', async () => {
    const { w, ports } = setup();
    for (let i = 0; i < 1001; i++) w.put('builtin:monitoring.slo', { name: `[checkout] s${i}`, filter: 'mzName("Checkout")' });
    const sizes: number[] = [];
    const ids = new Set<string>();
    let pageKey: string | undefined;
    do {
      // follow-up calls send the page key alone: the key carries the schema selection
      const r = await operations['list-team-alerting'](ports, pageKey ? { pageKey } : { schemaIds: ['builtin:monitoring.slo'] });
      if (r.status !== 'ok') throw new Error(r.status);
      sizes.push(r.items.length);
      r.items.forEach((i) => ids.add(i.objectId));
      pageKey = r.nextPageKey;
    } while (pageKey);
    expect(sizes).toEqual([500, 500, 1]);
    expect(ids.size).toBe(1001); // only the SLOs: the other schemas were not asked for

    expect(w.calls.filter((c) => c.op === 'list' && JSON.stringify(c.arg).includes('slo')).length).toBe(3);
  });
  it('answers a call with maxItems after that many items, read in pages of that size, and its key goes on with the rest once', async () => {
    const { w, ports } = setup();
    for (let i = 0; i < 250; i++) w.put('builtin:monitoring.slo', { name: `[checkout] s${i}`, filter: 'mzName("Checkout")' });
    const before = w.calls.length;
    const first = await operations['list-team-alerting'](ports, { schemaIds: ['builtin:monitoring.slo'], maxItems: 100 });
    if (first.status !== 'ok') throw new Error(first.status);
    expect(first.items).toHaveLength(100);
    const sloLists = () => w.calls.slice(before).filter((c) => c.op === 'list' && JSON.stringify(c.arg).includes('slo'));
    expect(sloLists().map((c) => (c.arg as { pageSize?: number }).pageSize)).toEqual([100]);
    const ids = new Set(first.items.map((i) => i.objectId));
    let pageKey = first.nextPageKey;
    const sizes: number[] = [];
    while (pageKey) {
      const r = await operations['list-team-alerting'](ports, { pageKey });
      if (r.status !== 'ok') throw new Error(r.status);
      sizes.push(r.items.length);
      for (const i of r.items) {
        expect(ids.has(i.objectId)).toBe(false);
        ids.add(i.objectId);
      }
      pageKey = r.nextPageKey;
    }
    // the key keeps the first call's page size; a call without maxItems reads on to 500 items
    expect(sizes).toEqual([150]);
    expect(ids.size).toBe(250);
  });
  it('refuses a maxItems outside 1..500 or not a whole number, at the field', async () => {
    const { ports } = setup();
    for (const maxItems of [0, 501, 2.5, '100']) {
      const r = await operations['list-team-alerting'](ports, { maxItems });
      expect(r).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/invalid', location: { path: 'maxItems' } }] });
    }
  });
  it('bounds every call of a 5,000-profile walk and reads the profiles in full only for the notifications', async () => {
    const { w, ports } = setup();
    for (let i = 0; i < 4999; i++) w.put(P, { name: `[checkout] p${i}`, managementZone: w.zoneId.Checkout });
    const before = w.calls.length;
    const { sizes, ids } = await walk(ports);
    // 5,000 own profiles in fake Settings pages of 500 of all 5,001 (the first holds the foreign
    // one, so the first call reads on to the next boundary), then the one notification
    expect(sizes).toEqual([999, 500, 500, 500, 500, 500, 500, 500, 500, 1 + 1]);
    expect(ids.size).toBe(5001);
    const per = listingCallsPerSchema(w.calls.slice(before));
    // profiles: ⌈5,001/500⌉ pages for the profile listing + 11 again for the one notification call
    expect(per(P)).toBe(11 + 11);
    expect(per('builtin:problem.notifications')).toBe(1);
    for (const s of ['builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo']) expect(per(s)).toBe(1);
  });
  it('lets a call that re-read the team\'s profiles for notifications answer that many items more, so a walk re-reads them once', async () => {
    const { w, ports } = setup();
    const profiles = Array.from({ length: 1199 }, (_, i) => w.put(P, { name: `[checkout] p${i}`, managementZone: w.zoneId.Checkout }));
    for (let i = 0; i < 1200; i++) w.put('builtin:problem.notifications', { name: `[checkout] n${i}`, type: 'EMAIL', alertingProfile: profiles[i % profiles.length], emailNotification: { recipients: ['a@example.com'] } });
    const before = w.calls.length;
    const { sizes, ids } = await walk(ports);
    expect(ids.size).toBe(1200 + 1200 + 1); // own profiles (incl. the setup's) and notifications (incl. the setup's), each once
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(ids.size);
    const per = listingCallsPerSchema(w.calls.slice(before));
    // ⌈1,201/500⌉ = 3 pages for the profile listing, and 3 again once for all notifications
    expect(per(P)).toBe(3 + 3);
    expect(per('builtin:problem.notifications')).toBe(3);
    // no answer exceeds 500 + the 1,200 profiles the call read + one Settings page
    expect(Math.max(...sizes)).toBeLessThanOrEqual(500 + 1200 + 500);
  });
  it('stops at the first Settings page boundary after 500 items and resumes across schemas without gaps or repeats', async () => {
    const { w, ports, mine, myNote } = setup();
    for (let i = 0; i < 1100; i++) w.put(P, { name: `[checkout] p${i}`, managementZone: w.zoneId.Checkout });
    const pages: Array<{ size: number; schemas: string[] }> = [];
    const all: Array<{ objectId: string; schemaId: string }> = [];
    let pageKey: string | undefined;
    do {
      const r = await operations['list-team-alerting'](ports, pageKey ? { pageKey } : {});
      if (r.status !== 'ok') throw new Error(r.status);
      pages.push({ size: r.items.length, schemas: [...new Set(r.items.map((i) => i.schemaId))] });
      all.push(...r.items);
      pageKey = r.nextPageKey;
    } while (pageKey);
    // 1,101 own profiles in Settings pages of 500 (the first holds the foreign one): 499 are not
    // enough, so the first call reads on to the next page boundary
    expect(pages.map((p) => p.size)).toEqual([999, 102 + 1]);
    // the last call finishes the profiles and goes on with the other schemas
    expect(pages[1]!.schemas).toEqual([P, 'builtin:problem.notifications']);
    expect(all.filter((i) => i.schemaId === P)).toHaveLength(1101);
    expect(all.map((i) => i.objectId)).toEqual(expect.arrayContaining([mine, myNote]));
    expect(new Set(all.map((i) => i.objectId)).size).toBe(all.length);
  });
  it('stops after the call budget of listing pages when few of the scanned objects are the team\'s', async () => {
    const { w, ports } = setup();
    // SLOs have no server filter: 45 pages of foreign SLOs, then one of the team's
    for (let i = 0; i < 45 * 500; i++) w.put('builtin:monitoring.slo', { name: `[search] s${i}`, filter: 'mzName("Search")' });
    const own = w.put('builtin:monitoring.slo', { name: '[checkout] late', filter: 'mzName("Checkout")' });
    const first = await operations['list-team-alerting'](ports, { schemaIds: ['builtin:monitoring.slo'] });
    expect(first).toMatchObject({ status: 'ok', items: [], nextPageKey: expect.any(String) });
    expect(w.calls.filter((c) => c.op === 'list' && JSON.stringify(c.arg).includes('slo'))).toHaveLength(MAX_CALLS);
    const rest = first.status === 'ok' ? await operations['list-team-alerting'](ports, { pageKey: first.nextPageKey! }) : first;
    expect(rest).toMatchObject({ status: 'ok', items: [{ objectId: own }] });
    if (rest.status === 'ok') expect(rest.nextPageKey).toBeUndefined();
  });
  it('refuses a foreign teamId and a forged page key', async () => {
    const { ports } = setup();
    expect(await operations['list-team-alerting'](ports, { teamId: 'search' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
    expect(await operations['list-team-alerting'](ports, { pageKey: 'garbage' })).toMatchObject({ status: 'invalid' });
    const first = await operations['list-team-alerting'](ports, { schemaIds: ['builtin:monitoring.slo'] });
    expect(first.status).toBe('ok');
    const forged = btoa(encodeURIComponent(JSON.stringify({ v: 2, m: 16, s: 0, k: '' })));
    expect(await operations['list-team-alerting'](ports, { pageKey: forged, schemaIds: [P] })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/page-key-mismatch', location: { path: 'schemaIds' } }] });
    for (const bad of [{ v: 2, m: 0, s: 0, k: '' }, { v: 2, m: 1, s: 1, k: '' }, { v: 2, m: 1, s: -1, k: '' }, { v: 1, m: 1, s: 0, k: '' }, { v: 2, m: 1, s: 0, k: 7 }, { v: 2, m: 64, s: 0, k: '' }]) {
      const key = btoa(encodeURIComponent(JSON.stringify(bad)));
      expect(await operations['list-team-alerting'](ports, { pageKey: key })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/invalid-page-key', location: { path: 'pageKey' } }] });
    }
  });
  it('checks ownership item by item on a forged page key that points at an unfiltered or another schema\'s listing', async () => {
    const { w, ports, mine, myNote } = setup();
    for (let i = 0; i < 600; i++) w.put(P, { name: `[search] q${i}`, managementZone: w.zoneId.Search });
    // a Settings page key of the unfiltered profile listing, and one of the notification listing, under the profile schema
    for (const settingsKey of [`${P}|0|500`, 'builtin:problem.notifications|0|500']) {
      const key = encodeCursor({ schemas: [P], schema: 0, key: settingsKey });
      const r = await operations['list-team-alerting'](ports, { pageKey: key });
      if (r.status !== 'ok') throw new Error(r.status);
      expect(r.items.every((i) => i.teamId === 'checkout' && i.schemaId === P)).toBe(true);
      expect(r.items.map((i) => i.objectId)).toEqual(settingsKey.startsWith(P) ? [mine] : []);
    }
    // resuming at the notifications reads the team's profiles itself: a foreign notification stays out
    const notes = await operations['list-team-alerting'](ports, { pageKey: encodeCursor({ schemas: [P, 'builtin:problem.notifications'], schema: 1, key: 'builtin:problem.notifications|0|500' }) });
    expect(notes).toMatchObject({ status: 'ok', items: [{ objectId: myNote }] });
  });
});

describe('get-alerting-object', () => {
  it('returns the team\'s object with its update token and refuses foreign ones', async () => {
    const { ports, mine, theirs, theirNote } = setup();
    expect(await operations['get-alerting-object'](ports, { objectId: mine })).toMatchObject({ status: 'ok', object: { objectId: mine, teamId: 'checkout', updateToken: expect.any(String) } });
    expect(await operations['get-alerting-object'](ports, { objectId: theirs })).toMatchObject({ status: 'forbidden' });
    expect(await operations['get-alerting-object'](ports, { objectId: theirNote })).toMatchObject({ status: 'forbidden' });
    expect(await operations['get-alerting-object'](ports, { objectId: 'nope' })).toMatchObject({ status: 'not-found' });
  });
});

describe('writes', () => {
  it('creates an object in the team scope and refuses one in another team\'s zone', async () => {
    const { w, ports } = setup();
    const ok = await operations['create-alerting-object'](ports, { schemaId: P, value: { name: '[checkout] new', managementZone: w.zoneId.Payments } });
    expect(ok).toMatchObject({ status: 'ok', objectId: expect.any(String) });
    const bad = await operations['create-alerting-object'](ports, { schemaId: P, value: { name: '[checkout] new', managementZone: w.zoneId.Search } });
    expect(bad).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/scope/foreign-zone', location: { path: 'managementZone' }, message: 'management zone `Search` belongs to team `search`, not to your team `checkout`' }] });
    expect(w.writes).toHaveLength(1);
  });
  it('refuses a notification on another team\'s alerting profile', async () => {
    const { w, ports, theirs } = setup();
    const r = await operations['create-alerting-object'](ports, { schemaId: 'builtin:problem.notifications', value: { displayName: '[checkout] x', type: 'EMAIL', alertingProfile: theirs, emailNotification: { recipients: ['a@example.com'] } } });
    expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/notification/foreign-profile' }] });
    expect(w.writes).toHaveLength(0);
  });
  it('maps an IAM 403 to forbidden with the platform message', async () => {
    const { w, ports } = setup();
    w.forbidWrites.on = true;
    expect(await operations['create-alerting-object'](ports, { schemaId: P, value: { name: '[checkout] n', managementZone: w.zoneId.Checkout } }))
      .toEqual({ status: 'forbidden', diagnostics: [{ code: 'settings/forbidden', severity: 'error', message: 'Permission denied by IAM' }] });
  });
  it('updates with the update token and returns conflict with the current value when stale', async () => {
    const { w, ports, mine } = setup();
    const got = await operations['get-alerting-object'](ports, { objectId: mine });
    if (got.status !== 'ok') throw new Error('get failed');
    const value = { ...got.object.value, name: '[checkout] renamed' };
    expect(await operations['update-alerting-object'](ports, { objectId: mine, value, updateToken: got.object.updateToken })).toMatchObject({ status: 'ok' });
    const stale = await operations['update-alerting-object'](ports, { objectId: mine, value, updateToken: got.object.updateToken });
    expect(stale).toMatchObject({ status: 'conflict', current: { objectId: mine, value: { name: '[checkout] renamed' } } });
    expect(w.writes).toHaveLength(1);
  });
  it('refuses moving an object out of the team and updating a foreign object', async () => {
    const { w, ports, mine, theirs } = setup();
    const tok = w.objects.get(mine)!.token;
    expect(await operations['update-alerting-object'](ports, { objectId: mine, value: { name: '[checkout] p', managementZone: w.zoneId.Search }, updateToken: tok })).toMatchObject({ status: 'forbidden' });
    expect(await operations['update-alerting-object'](ports, { objectId: theirs, value: { name: '[checkout] p', managementZone: w.zoneId.Checkout }, updateToken: w.objects.get(theirs)!.token })).toMatchObject({ status: 'forbidden' });
    expect(w.writes).toHaveLength(0);
  });
  it('deletes with the token; stale tokens conflict; foreign objects are refused', async () => {
    const { w, ports, mine, myNote, theirs } = setup();
    const staleDelete = await operations['delete-alerting-object'](ports, { objectId: mine, updateToken: 'old' });
    const staleUpdate = await operations['update-alerting-object'](ports, { objectId: mine, value: { name: '[checkout] x' }, updateToken: 'old' });
    // one stale-conflict answer for update and delete: the same diagnostic, the current object
    expect(staleDelete).toEqual(staleUpdate);
    expect(staleDelete).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'settings/conflict', help: expect.any(String) }], current: { objectId: mine, updateToken: w.objects.get(mine)!.token } });
    expect(await operations['delete-alerting-object'](ports, { objectId: theirs, updateToken: w.objects.get(theirs)!.token })).toMatchObject({ status: 'forbidden' });
    // the profile's notification first: a profile in use is not deleted alone (profile-dependants.test.ts)
    expect(await operations['delete-alerting-object'](ports, { objectId: myNote, updateToken: w.objects.get(myNote)!.token })).toMatchObject({ status: 'ok' });
    expect(await operations['delete-alerting-object'](ports, { objectId: mine, updateToken: w.objects.get(mine)!.token })).toMatchObject({ status: 'ok' });
    expect(w.writes.map((x) => x.op)).toEqual(['delete', 'delete']);
  });
  it('previews guardrail findings and validation violations without writing', async () => {
    const { w, ports } = setup();
    const r = await operations['preview-alerting-change'](ports, { schemaId: P, value: { name: 'x'.repeat(60), managementZone: w.zoneId.Checkout } });
    expect(r).toMatchObject({ status: 'ok', allowed: false, findings: [{ code: 'guardrail/naming/prefix' }], validation: { valid: false, violations: [{ code: 'settings/constraint-violation', location: { path: 'name' } }] } });
    expect(w.writes).toHaveLength(0);
  });
  it('refuses callers without a team', async () => {
    const { w } = setup();
    expect(await operations['create-alerting-object'](w.ports('eve@example.com'), { schemaId: P, value: { name: 'x', managementZone: w.zoneId.Checkout } }))
      .toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/no-team' }] });
  });
});

describe('team admin', () => {
  it('requires the platform to say the caller is an admin', async () => {
    const { w } = setup();
    expect(await operations['list-teams'](w.ports(MAX), {})).toMatchObject({ status: 'forbidden' });
    w.admin.on = true;
    expect(await operations['list-teams'](w.ports(MAX), {})).toMatchObject({ status: 'ok' });
  });
  it('rejects unknown zones, warns on shared zones and maps stale versions to conflict', async () => {
    const { w } = setup();
    w.admin.on = true;
    const team = { ...w.teams[1]!, id: 'new', scope: { kind: 'management-zones' as const, managementZones: ['Nowhere'] } };
    expect(await operations['upsert-team'](w.ports(MAX), { team })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'team/scope/unknown-zone', location: { path: 'team/scope/managementZones/0' } }] });
    const shared = { ...team, scope: { kind: 'management-zones' as const, managementZones: ['Search'] } };
    expect(await operations['upsert-team'](w.ports(MAX), { team: shared })).toMatchObject({ status: 'ok', warnings: [{ code: 'team/scope/zone-claimed-twice' }] });
    expect(await operations['upsert-team'](w.ports(MAX), { team: w.teams[1]!, objectId: 'team-1', version: 'v0' })).toMatchObject({ status: 'conflict', current: { updateToken: 'v1' } });
    expect(await operations['delete-team'](w.ports(MAX), { objectId: 'team-1', version: 'v1' })).toMatchObject({ status: 'ok' });
  });
});

describe('fuzzing every contract', () => {
  const names = Object.keys(operations) as FunctionName[];
  it('never throws, always answers per contract, and never writes outside the caller\'s scope', async () => {
    const { w, mine, theirs } = setup();
    const ids = fc.constantFrom(mine, theirs, 'nope', "x' or '1'='1", '');
    const zone = fc.constantFrom(w.zoneId.Checkout, w.zoneId.Search, '1', null, "'", 5);
    const value = fc.oneof(
      fc.record({ name: fc.string(), managementZone: zone }),
      fc.record({ displayName: fc.string(), type: fc.constantFrom('EMAIL', 'WEBHOOK'), alertingProfile: ids }),
      fc.record({ generalProperties: fc.record({ name: fc.string() }), filters: fc.array(fc.record({ managementZones: fc.array(zone) })) }),
      fc.record({ name: fc.string(), filter: fc.string() }),
      fc.dictionary(fc.string(), fc.jsonValue()),
    );
    const payload = fc.oneof(
      fc.jsonValue(),
      fc.record({ schemaId: fc.constantFrom(P, 'builtin:problem.notifications', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo', 'x'), value, teamId: fc.constantFrom('checkout', 'search', undefined) }, { requiredKeys: ['schemaId', 'value'] }),
      fc.record({ objectId: ids, value, updateToken: fc.constantFrom('tok-1', 'tok-2', 'x') }),
    );
    await fc.assert(fc.asyncProperty(fc.constantFrom(...names), payload, fc.constantFrom(MAX, 'sam.search@example.com', 'eve@example.com'), async (name, p, email) => {
      const before = w.writes.length;
      const r = await operations[name](w.ports(email), p);
      expect(contracts[name].response.safeParse(r).success).toBe(true);
      for (const write of w.writes.slice(before)) {
        // every accepted write stays in the writer's own zones
        const zones = email === MAX ? [w.zoneId.Checkout, w.zoneId.Payments] : [w.zoneId.Search];
        const v = (write.value ?? {}) as Record<string, unknown>;
        if (write.schemaId === P) expect(zones).toContain(v.managementZone);
        if (write.op !== 'create') expect(write.objectId).not.toBe(email === MAX ? theirs : mine);
      }
    }), { numRuns: 400 });
  });
});
