/** Operations against fake ports: reading one object, writes, team admin, and a fuzzer over every contract. */
import fc from 'fast-check';
import { contracts, type FunctionName } from '../contracts/registry';
import { operations } from './index';
import { MAX, P, setup } from './operations.test-support';

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
    expect(await operations['upsert-team'](w.ports(MAX), { team: shared })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'team/scope/zone-owned', location: { path: 'team/scope/managementZones/0' } }] });
    expect(await operations['upsert-team'](w.ports(MAX), { team: { ...shared, sharedZones: ['Search'] } })).toMatchObject({ status: 'ok', warnings: [{ code: 'team/scope/shared-zone' }] });
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
