import { world } from './fake-ports.test-support';
import { operations } from './index';

const P = 'builtin:alerting.profile';
const N = 'builtin:problem.notifications';
const W = 'builtin:alerting.maintenance-window';
const ADMIN = 'ada.admin@example.com';

function setup() {
  const w = world();
  const legacy = w.addZone('Legacy');
  const owned = w.put(P, { name: '[checkout] owned', managementZone: w.zoneId.Checkout });
  const global = w.put(P, { name: 'Global profile' });
  const orphan = w.put(P, { name: 'Legacy profile', managementZone: legacy });
  const globalNote = w.put(N, { displayName: 'Global note', type: 'EMAIL', alertingProfile: global, emailNotification: { recipients: ['a@example.com'] } });
  const ownedNote = w.put(N, { displayName: '[checkout] note', type: 'EMAIL', alertingProfile: owned, emailNotification: { recipients: ['a@example.com'] } });
  const spanning = w.put(W, { generalProperties: { name: 'Both teams' }, filters: [{ entityType: 'HOST', entityTags: [], managementZones: [w.zoneId.Checkout, w.zoneId.Search] }] });
  const missingZone = w.put(P, { name: 'Gone zone', managementZone: '123456789' });
  return { w, owned, global, orphan, globalNote, ownedNote, spanning, missingZone };
}

describe('list-unowned-alerting', () => {
  it('is for admins only', async () => {
    const { w } = setup();
    expect(await operations['list-unowned-alerting'](w.ports('max.member@example.com'), {})).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/not-admin' }] });
  });

  it('lists every object no team owns, with the reason naming zones and teams, and nothing owned', async () => {
    const s = setup();
    s.w.admin.on = true;
    const r = await operations['list-unowned-alerting'](s.w.ports(ADMIN), {});
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    const byId = new Map(r.items.map((i) => [i.objectId, i]));
    expect([...byId.keys()].sort()).toEqual([s.global, s.orphan, s.globalNote, s.spanning, s.missingZone].sort());
    expect(byId.get(s.global)).toMatchObject({ reason: 'global', summary: expect.stringContaining('Global profile') });
    expect(byId.get(s.orphan)).toMatchObject({ reason: 'zone-without-team', message: 'management zone `Legacy` belongs to no team', zones: ['Legacy'] });
    expect(byId.get(s.globalNote)).toMatchObject({ reason: 'profile-without-team', message: 'its alerting profile `Global profile` names no management zone, so no team owns it' });
    expect(byId.get(s.spanning)).toMatchObject({ reason: 'spans-teams', message: 'spans the zones of teams `checkout` and `search`' });
    expect(byId.get(s.missingZone)).toMatchObject({ reason: 'unresolvable', message: 'management zone `id 123456789` does not exist' });
    expect(s.w.writes).toHaveLength(0);
  });

  it('pages with ⌈n/500⌉ listing calls and refuses forged page keys', async () => {
    const s = setup();
    s.w.admin.on = true;
    for (let i = 0; i < 1001; i++) s.w.put('builtin:monitoring.slo', { name: `global ${i}`, filter: 'type("SERVICE")' });
    const r = await operations['list-unowned-alerting'](s.w.ports(ADMIN), { schemaIds: ['builtin:monitoring.slo'] });
    expect(r.status === 'ok' && r.items.length).toBe(1001);
    expect(s.w.calls.filter((c) => c.op === 'list' && JSON.stringify(c.arg).includes('slo')).length).toBe(3);
    expect(await operations['list-unowned-alerting'](s.w.ports(ADMIN), { pageKey: 'forged' })).toMatchObject({ status: 'invalid' });
  });
});
