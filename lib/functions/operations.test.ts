/** Operations against fake ports: the caller's context and the team's listing (pages, bounds, scoping). */
import { contracts } from '../contracts/registry';
import { findingSchema } from '../contracts/common';
import { alertingItemSchema } from '../contracts/list-team-alerting';
import { operations } from './index';
import { encodeCursor } from './cursor';
import { MAX_CALLS } from './list-team-alerting';
import { P, setup, walk, listingCallsPerSchema } from './operations.test-support';

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
    // + 11 for the one count of the team's profiles against its quota (25) when the walk starts them
    expect(per(P)).toBe(11 + 11 + 11);
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
    // ⌈1,201/500⌉ = 3 pages for the profile listing, 3 again once for all notifications, 3 for the quota count
    expect(per(P)).toBe(3 + 3 + 3);
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
