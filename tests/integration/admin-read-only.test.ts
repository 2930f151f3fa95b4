/**
 * Roles shape the app (issue 16): an admin reviews any team read-only through the BUILT
 * functions in the js-runtime — Ada, in no team, lists Checkout's alerting, reads its history and
 * opens its objects, but every write, proposal and decision there is refused and changes nothing;
 * members and outsiders still cannot read another team. `get-context` says the same.
 */
import { contracts, type FunctionName } from '../../lib/contracts';
import { exampleAlertingProfile } from '../../lib/settings-schemas/examples';
import { listAllPages } from '../support/list-pages';
import { startLocalStack, type LocalStack } from '../support/local-stack';

jest.setTimeout(120_000);

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
}, 60_000);
afterAll(async () => stack?.close());

const PROFILE = 'builtin:alerting.profile';
const zoneId = (name: string) => stack.tenant.managementZones.find((z) => z.name === name)!.id;
const checkoutProfile = (label: string, zone = 'Checkout') => ({ ...exampleAlertingProfile, name: `[checkout] ${label}`, managementZone: zoneId(zone) });

/** Calls a function; every answer is an HTTP 200 that satisfies the function's response contract. */
async function call(persona: string, fn: FunctionName, payload: unknown = {}): Promise<any> {
  const r = await stack.call(persona, fn, payload);
  expect(r.status).toBe(200);
  expect(contracts[fn].response.safeParse(r.body).success).toBe(true);
  return r.body;
}

const objectIds = (body: { items: Array<{ objectId: string }> }) => body.items.map((i) => i.objectId).sort();

describe("an admin reviews any team's alerting read-only", () => {
  it('get-context offers Ada every team read-only and the admin pages, and no team pages', async () => {
    const ada = await call('Ada Admin', 'get-context');
    expect(ada.capabilities).toEqual({
      reviewTeamIds: [], manageTeams: true, decideTeamIds: [],
      pages: ['home', 'review', 'overview', 'teams', 'calculator'],
      // with each team's zones and their ids: the review names an object's zones by them
      readOnlyReviewTeams: stack.tenant.teams.map((t) => ({ id: t.id, name: t.name, managementZones: t.managementZones.map((name) => ({ name, id: stack.tenant.managementZones.find((z) => z.name === name)?.id ?? null })) })),
    });
    const max = await call('Max Member', 'get-context');
    expect(max.capabilities).toMatchObject({ pages: ['home', 'workspace', 'requests', 'apply'], readOnlyReviewTeams: [] });
    const olga = await call('Olga Outsider', 'get-context');
    expect(olga.capabilities).toMatchObject({ pages: ['home'], readOnlyReviewTeams: [] });
  });

  it("Ada lists exactly what Checkout's lead lists, and reads its history and its objects", async () => {
    const [ada, lena] = await Promise.all([listAllPages(stack, 'Ada Admin', { teamId: 'checkout' }), listAllPages(stack, 'Lena Lead', { teamId: 'checkout' })]);
    expect(ada.body.status).toBe('ok');
    expect(ada.body.items.length).toBeGreaterThan(0);
    expect(objectIds(ada.body)).toEqual(objectIds(lena.body));
    expect(new Set(ada.body.items.map((i: { teamId: string }) => i.teamId))).toEqual(new Set(['checkout']));

    const history = await call('Ada Admin', 'get-alerting-history', { teamId: 'checkout' });
    expect(history.status).toBe('ok');
    expect(history.revisions.length).toBeGreaterThan(0);
    expect(new Set(history.revisions.map((r: { teamId: string }) => r.teamId))).toEqual(new Set(['checkout']));

    const first = ada.body.items[0];
    const one = await call('Ada Admin', 'get-alerting-object', { objectId: first.objectId, teamId: 'checkout' });
    expect(one).toMatchObject({ status: 'ok', object: { objectId: first.objectId, teamId: 'checkout' } });
    // without naming the team there is no team of Ada's to read it in
    expect((await call('Ada Admin', 'get-alerting-object', { objectId: first.objectId })).status).toBe('forbidden');
  });

  it('Ada cannot create, update, delete, propose or decide in Checkout, and nothing changes', async () => {
    const max = stack.persona('Max Member');
    const created = await call(max.id, 'create-alerting-object', { schemaId: PROFILE, value: checkoutProfile(`kept ${Date.now()}`) });
    expect(created.status).toBe('ok');
    const current = await call('Ada Admin', 'get-alerting-object', { objectId: created.objectId, teamId: 'checkout' });
    const token = current.object.updateToken as string;
    // the demo tenant's Checkout team needs a lead's approval for new profiles in Payments
    const proposal = await call(max.id, 'propose-alerting-change', { schemaId: PROFILE, operation: 'create', value: checkoutProfile(`proposed ${Date.now()}`, 'Payments'), comment: 'needed' });
    expect(proposal.status).toBe('ok');
    const before = await listAllPages(stack, 'Lena Lead', { teamId: 'checkout' });

    const refusals = [
      await call('Ada Admin', 'create-alerting-object', { schemaId: PROFILE, value: checkoutProfile('by the admin'), teamId: 'checkout' }),
      await call('Ada Admin', 'update-alerting-object', { objectId: created.objectId, updateToken: token, value: { ...current.object.value, name: '[checkout] renamed by the admin' } }),
      await call('Ada Admin', 'delete-alerting-object', { objectId: created.objectId, updateToken: token }),
      await call('Ada Admin', 'propose-alerting-change', { teamId: 'checkout', schemaId: PROFILE, operation: 'create', value: checkoutProfile('proposed by the admin', 'Payments'), comment: 'admin' }),
      await call('Ada Admin', 'decide-change-request', { id: proposal.request.id, version: proposal.request.version, decision: 'approve' }),
    ];
    for (const r of refusals) expect(r.status).toBe('forbidden');
    // a write naming the team is refused as a foreign team, read-only or not
    expect(refusals[0].diagnostics[0].code).toBe('access/foreign-team');
    expect(refusals[3].diagnostics[0].code).toBe('access/foreign-team');

    const after = await listAllPages(stack, 'Lena Lead', { teamId: 'checkout' });
    expect(after.body.items).toEqual(before.body.items);
    const requests = await call('Lena Lead', 'list-change-requests', {});
    expect(requests.requests.find((r: { id: string }) => r.id === proposal.request.id)).toMatchObject({ state: 'open' });
  });

  it('members and outsiders still cannot read another team', async () => {
    const searchItem = (await listAllPages(stack, 'Sam Search-Lead', {})).body.items[0];
    const refused = [
      await call('Max Member', 'list-team-alerting', { teamId: 'search' }),
      await call('Max Member', 'get-alerting-history', { teamId: 'search' }),
      await call('Olga Outsider', 'list-team-alerting', { teamId: 'checkout' }),
      await call('Olga Outsider', 'get-alerting-history', { teamId: 'checkout' }),
      await call('Lena Lead', 'list-team-alerting', { teamId: 'search' }),
      ...(searchItem ? [await call('Max Member', 'get-alerting-object', { objectId: searchItem.objectId, teamId: 'search' })] : []),
    ];
    for (const r of refused) expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
  });
});
