import { operations } from './index';
import { world } from './fake-ports.test-support';
import { PortError } from './ports';

const MAX = 'max.member@example.com';
const P = 'builtin:alerting.profile';
const N = 'builtin:problem.notifications';

function setup() {
  const w = world();
  const profile = w.put(P, { name: '[checkout] used', managementZone: w.zoneId.Checkout });
  const note = (name: string, alertingProfile = profile) => w.put(N, { displayName: name, type: 'EMAIL', alertingProfile, emailNotification: { recipients: ['a@example.com'] } });
  const a = note('[checkout] mail a');
  const b = note('[checkout] mail b');
  const unrelated = w.put(P, { name: '[checkout] other', managementZone: w.zoneId.Checkout });
  const elsewhere = note('[checkout] elsewhere', unrelated);
  const token = (id: string) => w.objects.get(id)!.token;
  const del = (body: Record<string, unknown>, ports = w.ports(MAX)) => operations['delete-alerting-object'](ports, { objectId: profile, updateToken: token(profile), ...body });
  const confirmAll = () => [a, b].map((objectId) => ({ objectId, updateToken: token(objectId) }));
  return { w, profile, a, b, elsewhere, note, token, del, confirmAll };
}

describe('deleting an alerting profile that problem notifications use', () => {
  it('is refused with the dependants (id, name, token) and deletes nothing', async () => {
    const { w, a, b, token, del } = setup();
    const r = await del({});
    expect(r).toEqual({
      status: 'conflict',
      diagnostics: [expect.objectContaining({ code: 'dependency/in-use', location: { path: 'objectId' }, message: 'alerting profile `[checkout] used` is used by 2 problem notifications: `[checkout] mail a`, `[checkout] mail b`' })],
      dependants: [
        { objectId: a, schemaId: N, name: '[checkout] mail a', updateToken: token(a), deletable: true },
        { objectId: b, schemaId: N, name: '[checkout] mail b', updateToken: token(b), deletable: true },
      ],
    });
    expect(w.writes).toEqual([]);
  });

  it('deletes them together when every one is confirmed at its version: dependants first, the profile last', async () => {
    const { w, profile, a, b, elsewhere, del, confirmAll } = setup();
    const r = await del({ withDependants: confirmAll() });
    expect(r).toEqual({ status: 'ok', objectId: profile, findings: [], deletedDependants: [a, b] });
    expect(w.writes.map((x) => [x.op, x.objectId])).toEqual([['delete', a], ['delete', b], ['delete', profile]]);
    expect(w.objects.has(elsewhere)).toBe(true);
  });

  it('refuses when a dependant appeared after the caller looked, listing it', async () => {
    const { w, del, confirmAll, note } = setup();
    const confirmed = confirmAll();
    const late = note('[checkout] mail late');
    const r = await del({ withDependants: confirmed });
    expect(r).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'dependency/in-use', message: expect.stringContaining('`[checkout] mail late`') }] });
    expect((r as { dependants: Array<{ objectId: string }> }).dependants.map((d) => d.objectId)).toContain(late);
    expect(w.writes).toEqual([]);
  });

  it('refuses when a dependant changed since the caller looked (its updateToken), and deletes nothing', async () => {
    const { w, a, del, confirmAll } = setup();
    const confirmed = confirmAll();
    w.objects.get(a)!.token = 'tok-changed';
    expect(await del({ withDependants: confirmed })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'dependency/changed' }] });
    expect(w.writes).toEqual([]);
  });

  it('refuses deleting together dependants the caller\'s team may not delete', async () => {
    const { w, del, confirmAll } = setup();
    w.teams[0]!.allowedSchemas = [P];
    const plain = await del({});
    expect(plain).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'dependency/in-use', help: expect.stringContaining('not your team') }], dependants: [{ deletable: false }, { deletable: false }] });
    expect(await del({ withDependants: confirmAll() })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'dependency/not-deletable' }] });
    expect(w.writes).toEqual([]);
  });

  it('reports a stop half-way item by item, and keeps the profile', async () => {
    const { w, profile, a, b, del, confirmAll } = setup();
    const ports = w.ports(MAX);
    const settings = { ...ports.settings, async delete(objectId: string, updateToken: string) {
      if (objectId === b) throw new PortError('forbidden', 'Access denied');
      return ports.settings.delete(objectId, updateToken);
    } };
    const r = await del({ withDependants: confirmAll() }, { ...ports, settings });
    expect(r).toMatchObject({
      status: 'forbidden',
      diagnostics: [{ code: 'dependency/partial-delete', message: expect.stringMatching(/^1 problem notification of 2 deleted, then `\[checkout\] mail b` could not be deleted.*Access denied$/) }],
      dependants: [{ objectId: a, deleted: true }, { objectId: b, deleted: false }],
    });
    expect(w.objects.has(profile)).toBe(true);
  });

  it('reports the profile kept after its dependants were deleted', async () => {
    const { w, profile, del, confirmAll } = setup();
    const ports = w.ports(MAX);
    const settings = { ...ports.settings, async delete(objectId: string, updateToken: string) {
      if (objectId === profile) throw new PortError('conflict', 'changed');
      return ports.settings.delete(objectId, updateToken);
    } };
    expect(await del({ withDependants: confirmAll() }, { ...ports, settings })).toMatchObject({
      status: 'conflict', diagnostics: [{ code: 'dependency/partial-delete', message: expect.stringContaining('all 2 problem notifications were deleted, but the alerting profile could not be') }],
      dependants: [{ deleted: true }, { deleted: true }],
    });
  });

  it('deletes an unused profile as before, and a notification without asking about anything', async () => {
    const { w, a, token } = setup();
    const lone = w.put(P, { name: '[checkout] lone', managementZone: w.zoneId.Checkout });
    expect(await operations['delete-alerting-object'](w.ports(MAX), { objectId: lone, updateToken: token(lone) })).toMatchObject({ status: 'ok', deletedDependants: [] });
    expect(await operations['delete-alerting-object'](w.ports(MAX), { objectId: a, updateToken: token(a) })).toMatchObject({ status: 'ok', deletedDependants: [] });
  });
});
