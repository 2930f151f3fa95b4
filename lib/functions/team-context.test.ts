import { ZONE_TABLE_READ_STATEMENT } from '../alerting/schema-ids';
import { makeTeam } from '../teams/teams.test-support';
import { world } from './fake-ports.test-support';
import { getAlertingHistory } from './get-alerting-history';
import { getContext } from './get-context';
import { listTeamAlerting } from './list-team-alerting';
import { loadTeamContext, parseStoredTeams, ZONE_TABLE_UNREADABLE } from './team-context';
import { getAlertingObject } from './alerting-object-ops';

describe('parseStoredTeams', () => {
  const stored = (value: unknown, objectId = 'o1') => ({ objectId, version: 'v1', value });

  it('keeps the parsed mappings and drops stored values that do not match the schema', () => {
    const team = makeTeam({ id: 'checkout' });
    const parsed = parseStoredTeams([stored(team), stored({ id: 'broken' }, 'o2')]);
    expect(parsed.map((p) => [p.objectId, p.team.id])).toEqual([['o1', 'checkout']]);
  });

  it('shares memoized mappings frozen, so no call can change what the next call sees', () => {
    const team = makeTeam({ id: 'checkout' });
    const first = parseStoredTeams([stored(team)])[0]!.team;
    expect(() => { (first.members as string[]).push('intruder@example.com'); }).toThrow(TypeError);
    expect(() => { (first as { id: string }).id = 'search'; }).toThrow(TypeError);
    const second = parseStoredTeams([stored(structuredClone(team))])[0]!.team;
    expect(second.id).toBe('checkout');
    expect(second.members).toEqual(team.members);
  });

  it('parses a changed mapping afresh instead of answering the memoized one', () => {
    const team = makeTeam({ id: 'checkout' });
    parseStoredTeams([stored(team)]);
    const changed = { ...structuredClone(team), members: ['new@example.com'] };
    expect(parseStoredTeams([stored(changed)])[0]!.team.members).toEqual(['new@example.com']);
  });
});

describe('a zone table that reads as empty', () => {
  /** A world whose zone table lists as empty, as an unreadable list answers; `granted` is what effective permissions say. */
  function unreadableZones(granted: 'true' | 'false' | 'condition') {
    const w = world();
    for (const [id, o] of w.objects) if (o.schemaId === 'builtin:management-zones') w.objects.delete(id);
    const ports = w.ports('max.member@example.com');
    const resolve = ports.settings.resolvePermissions.bind(ports.settings);
    ports.settings.resolvePermissions = async (probes) =>
      (await resolve(probes)).map((p) => (p.schemaId === 'builtin:management-zones' ? { ...p, granted } : p));
    return ports;
  }

  it.each(['false', 'condition'] as const)('refuses team operations with what to ask an admin for (zone-table read %s)', async (granted) => {
    const ports = unreadableZones(granted);
    const list = await listTeamAlerting(ports, {});
    expect(list).toEqual({ status: 'forbidden', diagnostics: [expect.objectContaining({ code: ZONE_TABLE_UNREADABLE, help: expect.stringContaining(ZONE_TABLE_READ_STATEMENT) })] });
    const history = await getAlertingHistory(ports, {});
    expect(history.status).toBe('forbidden');
  });

  it('says so in get-context, which still answers the caller and the teams', async () => {
    const context = await getContext(unreadableZones('false'));
    if (context.status !== 'ok') throw new Error(`get-context answered ${context.status}`);
    expect(context.teams.map((t) => t.id)).toEqual(['checkout']);
    expect(context.warnings?.map((d) => d.code)).toEqual([ZONE_TABLE_UNREADABLE]);
    expect(context.permissions).toContainEqual({ permission: 'settings:objects:read', schemaId: 'builtin:management-zones', granted: 'false' });
  });

  it('is no problem when the caller may read the table: the zones do not exist (and have no id)', async () => {
    const ports = unreadableZones('true');
    expect(await listTeamAlerting(ports, {})).toEqual({ status: 'ok', items: [] });
    const context = await getContext(ports);
    if (context.status !== 'ok') throw new Error(`get-context answered ${context.status}`);
    expect(context.warnings).toBeUndefined();
    expect(context.teams[0]?.managementZones).toEqual([{ name: 'Checkout', id: null }, { name: 'Payments', id: null }]);
  });

  it('costs no extra call when the table has zones', async () => {
    const w = world();
    const ports = w.ports('max.member@example.com');
    let probes = 0;
    ports.settings.resolvePermissions = async (p) => { probes++; return p.map((x) => ({ ...x, granted: 'true' as const })); };
    expect((await listTeamAlerting(ports, {})).status).toBe('ok');
    expect(probes).toBe(0);
  });
});

describe('read-only review of a team the caller is not in', () => {
  const AP = 'builtin:alerting.profile';
  function adminWorld(isAdmin: boolean) {
    const w = world();
    w.admin.on = isAdmin;
    const objectId = w.put(AP, { name: '[checkout] payments', managementZone: w.zoneId.Checkout, severityRules: [], eventFilters: [] });
    return { w, objectId, ports: w.ports('ada.admin@example.com') };
  }

  it('lets an admin list, open and read the history of any team, marked read-only', async () => {
    const { ports, objectId } = adminWorld(true);
    const list = await listTeamAlerting(ports, { teamId: 'checkout' });
    if (list.status !== 'ok') throw new Error(`list answered ${list.status}`);
    expect(list.items.map((i) => [i.objectId, i.teamId])).toEqual([[objectId, 'checkout']]);
    expect((await getAlertingHistory(ports, { teamId: 'checkout' })).status).toBe('ok');
    const one = await getAlertingObject(ports, { objectId, teamId: 'checkout' });
    expect(one).toMatchObject({ status: 'ok', object: { objectId, teamId: 'checkout' } });
    const ctx = await loadTeamContext(ports, 'checkout', { readOnly: true });
    expect(ctx).toMatchObject({ readOnly: true, selected: [{ team: { id: 'checkout' } }] });
  });

  it('refuses the same reads to a caller who is not an admin, and a team that does not exist', async () => {
    const { ports, objectId } = adminWorld(false);
    for (const r of [await listTeamAlerting(ports, { teamId: 'checkout' }), await getAlertingHistory(ports, { teamId: 'checkout' }), await getAlertingObject(ports, { objectId, teamId: 'checkout' })]) {
      expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
    }
    const admin = adminWorld(true).ports;
    expect(await listTeamAlerting(admin, { teamId: 'payments' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
  });

  it('never selects a foreign team for an operation that does not ask to read only', async () => {
    const { ports } = adminWorld(true);
    expect(await loadTeamContext(ports, 'checkout')).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
    // without a teamId an admin in no team reads nothing: there is no team to read
    expect(await listTeamAlerting(ports, {})).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/no-team' }] });
  });

  it('keeps a member of the team reading as a member (not read-only)', async () => {
    const w = world();
    w.admin.on = true;
    const ctx = await loadTeamContext(w.ports('max.member@example.com'), 'checkout', { readOnly: true });
    expect(ctx).toMatchObject({ selected: [{ role: 'member', team: { id: 'checkout' } }] });
    expect(ctx).not.toHaveProperty('readOnly');
  });
});
