/**
 * The vertical slice end to end: the app built with dt-app, the local platform and host on a free
 * port, built functions running in the real js-runtime with the persona's own token.
 */
import { exampleAlertingProfile } from '../../lib/settings-schemas/examples';
import { startLocalStack, type LocalStack } from '../support/local-stack';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
}, 60_000);
afterAll(async () => stack?.close());

const SETTINGS = '/platform/classic/environment-api/v2/settings/objects';

function zoneId(name: string): string {
  const zone = stack.tenant.managementZones.find((z) => z.name === name);
  if (!zone) throw new Error(`no zone ${name}`);
  return zone.id;
}

function profileFor(teamId: string, zone: string, suffix: string) {
  const team = stack.tenant.teams.find((t) => t.id === teamId)!;
  return { ...exampleAlertingProfile, name: `${team.namingPrefix}${suffix}`, managementZone: zoneId(zone) };
}

describe('get-context in the js-runtime', () => {
  it('returns each persona its own identity and teams', async () => {
    const max = stack.persona('Max Member');
    const mia = stack.persona('Mia Member');
    const [forMax, forMia] = await Promise.all([stack.call(max.id, 'get-context'), stack.call(mia.id, 'get-context')]);
    expect(forMax.status).toBe(200);
    expect(forMax.body).toMatchObject({ status: 'ok', user: { id: max.id, email: max.email, name: max.name } });
    expect(forMax.body.teams.map((t: { id: string }) => t.id)).toEqual(['checkout']);
    expect(forMax.body.teams[0].role).toBe('member');
    expect(forMia.body.user.email).toBe(mia.email);
    expect(forMia.body.teams.map((t: { id: string }) => t.id)).toEqual(['search']);
  });

  it('reports the effective permissions the platform resolved for the caller', async () => {
    const admin = await stack.call('Ada Admin', 'get-context');
    const member = await stack.call('Max Member', 'get-context');
    const writeOf = (body: { permissions: Array<{ permission: string; schemaId: string; granted: string }> }) =>
      body.permissions.find((p) => p.permission === 'settings:objects:write' && p.schemaId === 'builtin:alerting.profile')?.granted;
    expect(writeOf(admin.body)).toBe('true');
    expect(writeOf(member.body)).toBe('condition'); // granted only inside the team's zones
    expect(admin.body.isAdmin).toBe(true);
    expect(member.body.isAdmin).toBe(false);
  });

  it('says what each role may do beyond writing: leads review their team, admins manage teams', async () => {
    const [admin, lead, member] = await Promise.all([stack.call('Ada Admin', 'get-context'), stack.call('Lena Lead', 'get-context'), stack.call('Max Member', 'get-context')]);
    expect(admin.body.capabilities).toMatchObject({ reviewTeamIds: [], manageTeams: true, decideTeamIds: [], pages: ['home', 'review', 'overview', 'teams', 'calculator'] });
    expect(lead.body.capabilities).toEqual({ reviewTeamIds: ['checkout'], manageTeams: false, decideTeamIds: ['checkout'], pages: ['home', 'workspace', 'requests', 'apply', 'review'], readOnlyReviewTeams: [] });
    expect(member.body.capabilities).toEqual({ reviewTeamIds: [], manageTeams: false, decideTeamIds: [], pages: ['home', 'workspace', 'requests', 'apply'], readOnlyReviewTeams: [] });
  });

  it('gives the outsider a context with no team', async () => {
    const outsider = await stack.call('Olga Outsider', 'get-context');
    expect(outsider.body).toMatchObject({ status: 'ok', teams: [], isAdmin: false, capabilities: { reviewTeamIds: [], manageTeams: false, decideTeamIds: [], pages: ['home'], readOnlyReviewTeams: [] } });
  });
});

describe('writes through the js-runtime carry the caller\'s own permissions', () => {
  it('accepts a member\'s write in the own zone and stores it as that member', async () => {
    const max = stack.persona('Max Member');
    const created = await stack.call(max.id, 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value: profileFor('checkout', 'Checkout', 'integration profile') });
    expect(created.status).toBe(200);
    expect(created.body.status).toBe('ok');
    const stored = await stack.platform(max.id, 'GET', `${SETTINGS}/${encodeURIComponent(created.body.objectId)}`);
    expect(stored.status).toBe(200);
    expect(stored.body.value.name).toBe('[checkout] integration profile');
    expect(stored.body.modifiedBy ?? stored.body.createdBy ?? stored.body.author).toBeTruthy();
  });

  it('refuses the outsider: the function says forbidden, and the platform itself answers 403', async () => {
    const value = profileFor('checkout', 'Checkout', 'outsider attempt');
    const viaApp = await stack.call('Olga Outsider', 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value });
    expect(viaApp.status).toBe(200);
    expect(viaApp.body.status).toBe('forbidden');
    const direct = await stack.platform('Olga Outsider', 'POST', SETTINGS, [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value }]);
    expect(direct.status).toBe(403);
    expect(direct.body.error.code).toBe(403);
    const list = await stack.platform('Ada Admin', 'GET', `${SETTINGS}?schemaIds=builtin:alerting.profile&pageSize=500&fields=objectId,value`);
    expect(list.body.items.some((o: { value: { name: string } }) => o.value.name === '[checkout] outsider attempt')).toBe(false);
  });
});

describe('the settings history tells changes made through the app from direct ones', () => {
  it('records the app id for a write through a function and none for a direct API write', async () => {
    const max = stack.persona('Max Member');
    const viaApp = await stack.call(max.id, 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value: profileFor('checkout', 'Checkout', 'via app') });
    expect(viaApp.body.status).toBe('ok');
    const direct = await stack.platform(max.id, 'POST', SETTINGS, [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: profileFor('checkout', 'Checkout', 'direct') }]);
    expect(direct.status).toBe(200);
    const directId = direct.body[0].objectId as string;

    const history = await stack.call(max.id, 'get-alerting-history', {});
    expect(history.body.status).toBe('ok');
    const created = (id: string) => history.body.revisions.find((r: { objectId: string; type: string }) => r.objectId === id && r.type === 'CREATE');
    expect(created(viaApp.body.objectId)).toMatchObject({ appId: 'my.team.alerting', modifiedBy: max.id });
    expect(created(directId)).toMatchObject({ appId: null, modifiedBy: max.id });
  });
});

describe('a value the platform refuses comes back at the field it is about', () => {
  const tooLate = (suffix: string) => {
    const v = profileFor('checkout', 'Checkout', suffix) as Record<string, any>;
    return { ...v, severityRules: [{ ...v.severityRules[0], delayInMinutes: 100_000 }, ...v.severityRules.slice(1)] };
  };
  const atDelay = { code: 'settings/constraint-violation', location: { path: 'severityRules/0/delayInMinutes' } };

  it('on create (POST), update (PUT) and preview (validateOnly), as a value path', async () => {
    const created = await stack.call('Max Member', 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value: tooLate('too late') });
    expect(created.body).toMatchObject({ status: 'invalid', diagnostics: [atDelay] });

    const ok = await stack.call('Max Member', 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value: profileFor('checkout', 'Checkout', 'to be made too late') });
    const current = await stack.call('Max Member', 'get-alerting-object', { objectId: ok.body.objectId });
    const updated = await stack.call('Max Member', 'update-alerting-object', { objectId: ok.body.objectId, updateToken: current.body.object.updateToken, value: tooLate('to be made too late') });
    expect(updated.body).toMatchObject({ status: 'invalid', diagnostics: [atDelay] });

    const preview = await stack.call('Max Member', 'preview-alerting-change', { schemaId: 'builtin:alerting.profile', objectId: ok.body.objectId, value: tooLate('to be made too late') });
    expect(preview.body.validation.violations).toEqual([expect.objectContaining({ location: { path: 'severityRules/0/delayInMinutes' } })]);
  });
});
