/**
 * Named attack cases of team scoping (tracker issue 4), through the BUILT functions in the
 * js-runtime against the local platform: payload team ids, two-team callers, spanning objects,
 * foreign profiles, SLO selectors, entity conditions, naming rules and the outsider. Each checks
 * the answer and that the admin's view did not change beyond what was allowed.
 */
import { listAllPages } from '../support/list-pages';
import { startAnchoredStack } from '../support/anchored-stack';
import type { LocalStack } from '../support/local-stack';
import { SCHEMAS, type ScopeOracle } from '../support/scope-oracle';
import {
  ADMIN, adminCreate, adminGet, diff, snapshot, uniq, valueFor, type Snapshot,
} from '../support/scoping-fixtures';

jest.setTimeout(120_000);

let stack: LocalStack;
let oracle: ScopeOracle;
/** anchor alerting profile per zone name ('' = global), used by notifications */
let anchors: Map<string, string>;

beforeAll(async () => {
  ({ stack, oracle, anchors } = await startAnchoredStack());
}, 90_000);
afterAll(async () => stack?.close());

describe('named attack cases', () => {
  const expectUnchanged = (before: Snapshot, after: Snapshot) => expect(diff(before, after)).toEqual([]);

  it('a payload teamId naming another team grants nothing (create, list, preview, history)', async () => {
    const before = await snapshot(stack);
    const value = valueFor(oracle, SCHEMAS.profile, `[search] via teamId ${uniq()}`, ['Search']);
    const create = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.profile, value, teamId: 'search' });
    expect(create.body).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team', location: { path: 'teamId' } }] });
    const list = await stack.call('Max Member', 'list-team-alerting', { teamId: 'search' });
    expect(list.body).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
    const preview = await stack.call('Max Member', 'preview-alerting-change', { schemaId: SCHEMAS.profile, value, teamId: 'search' });
    expect(preview.body.status).toBe('forbidden');
    const history = await stack.call('Max Member', 'get-alerting-history', { teamId: 'search' });
    expect(history.body.status).toBe('forbidden');
    // an existing own team id in the payload of a foreign-zone write does not help either
    const own = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.profile, value, teamId: 'checkout' });
    expect(own.body.status).toBe('forbidden');
    expectUnchanged(before, await snapshot(stack));
  });

  it('Noah picks one of his teams with teamId; the other team\'s zone is then refused', async () => {
    const inCheckout = valueFor(oracle, SCHEMAS.window, `[checkout] noah picks ${uniq()}`, ['Checkout']);
    const asMobile = await stack.call('Noah Two-Teams', 'create-alerting-object', { schemaId: SCHEMAS.window, value: inCheckout, teamId: 'mobile' });
    expect(asMobile.body.status).toBe('forbidden');
    const asCheckout = await stack.call('Noah Two-Teams', 'create-alerting-object', { schemaId: SCHEMAS.window, value: inCheckout, teamId: 'checkout' });
    expect(asCheckout.body.status).toBe('ok');
    const snap = await snapshot(stack);
    const mobileOnly = await listAllPages(stack, 'Noah Two-Teams', { teamId: 'mobile' });
    expect(mobileOnly.body.items.map((i: { objectId: string }) => i.objectId).sort()).toEqual([...oracle.visibleTo('Noah Two-Teams', snap, 'mobile')].sort());
    expect(mobileOnly.body.items.every((i: { teamId: string }) => i.teamId === 'mobile')).toBe(true);
  });

  it('a maintenance window spanning Noah\'s two teams is writable for neither (strict ownership), though IAM would allow it', async () => {
    // Documented rule (lib/functions/ownership.ts): an object spanning two teams' zones is owned
    // by neither team, so it is neither listed nor writable through the app — even for a caller
    // who is a member of both teams. The platform itself (IAM) would accept the write.
    const value = valueFor(oracle, SCHEMAS.window, `[checkout] spans two teams ${uniq()}`, ['Checkout', 'Mobile App']);
    const before = await snapshot(stack);
    const create = await stack.call('Noah Two-Teams', 'create-alerting-object', { schemaId: SCHEMAS.window, value });
    expect(create.body.status).toBe('forbidden');
    expect(create.body.diagnostics.map((d: { code: string }) => d.code)).toContain('guardrail/scope/foreign-zone');
    expectUnchanged(before, await snapshot(stack));
    const [objectId] = await adminCreate(stack, [{ schemaId: SCHEMAS.window, value }]);
    const { updateToken } = (await adminGet(stack, objectId!))!;
    const update = await stack.call('Noah Two-Teams', 'update-alerting-object', { objectId, updateToken, value: { ...value, enabled: false } });
    const del = await stack.call('Noah Two-Teams', 'delete-alerting-object', { objectId, updateToken });
    expect([update.body.status, del.body.status]).toEqual(['forbidden', 'forbidden']);
    const list = await listAllPages(stack, 'Noah Two-Teams', { schemaIds: [SCHEMAS.window] });
    expect(list.body.items.map((i: { objectId: string }) => i.objectId)).not.toContain(objectId);
    expect((await adminGet(stack, objectId!))!.value).toEqual(value);
    // IAM alone would let Noah write it (he holds both zones): the app is the stricter boundary
    const direct = await stack.platform('Noah Two-Teams', 'POST', '/platform/classic/environment-api/v2/settings/objects?validateOnly=true', [{ schemaId: SCHEMAS.window, scope: 'environment', value }]);
    expect(direct.status).toBe(200);
  });

  it('a notification on another team\'s alerting profile is refused, also when moved there by an update', async () => {
    const before = await snapshot(stack);
    const foreign = valueFor(oracle, SCHEMAS.notification, `[checkout] on search profile ${uniq()}`, [], anchors.get('Search'));
    const create = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.notification, value: foreign });
    expect(create.body.status).toBe('forbidden');
    // Max cannot even read the Search profile (IAM), so the owner is unresolved — fail closed
    expect(create.body.diagnostics.map((d: { code: string }) => d.code)).toEqual([expect.stringMatching(/^guardrail\/(notification\/foreign-profile|owner\/unresolved)$/)]);
    expectUnchanged(before, await snapshot(stack));

    const own = valueFor(oracle, SCHEMAS.notification, `[checkout] own notification ${uniq()}`, [], anchors.get('Checkout'));
    const created = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.notification, value: own });
    expect(created.body.status).toBe('ok');
    const got = await stack.call('Max Member', 'get-alerting-object', { objectId: created.body.objectId });
    const moved = await stack.call('Max Member', 'update-alerting-object', {
      objectId: created.body.objectId, updateToken: got.body.object.updateToken, value: { ...own, alertingProfile: anchors.get('Search') },
    });
    expect(moved.body.status).toBe('forbidden');
    expect((await adminGet(stack, created.body.objectId))!.value).toEqual(own);
  });

  it('an SLO selecting mzName("Search") from a checkout member is refused, also hidden behind an own zone', async () => {
    const before = await snapshot(stack);
    for (const filter of ['type("SERVICE"),mzName("Search")', 'type("SERVICE"),mzName("Checkout"),mzName("Search")', `type("SERVICE"),mzId(${oracle.zoneId('Search')})`]) {
      const value = { ...valueFor(oracle, SCHEMAS.slo, `[checkout] slo ${uniq()}`, ['Checkout']), filter };
      const r = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.slo, value });
      expect({ filter, status: r.body.status }).toEqual({ filter, status: 'forbidden' });
    }
    expectUnchanged(before, await snapshot(stack));
  });

  it('a metric event with a foreign MANAGEMENT_ZONE entity condition is refused', async () => {
    const before = await snapshot(stack);
    const value = valueFor(oracle, SCHEMAS.metricEvent, `[checkout] sneaky ${uniq()}`, ['Checkout', 'Search']);
    expect((value as any).queryDefinition.entityFilter.conditions).toEqual([{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: oracle.zoneId('Search') }]);
    const r = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.metricEvent, value });
    expect(r.body.status).toBe('forbidden');
    expect(r.body.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'guardrail/scope/foreign-zone', location: { path: 'queryDefinition/entityFilter/conditions/0/value' } })]));
    expectUnchanged(before, await snapshot(stack));
  });

  it('the naming rule of the caller\'s team applies: another team\'s prefix in an own zone is refused', async () => {
    const value = valueFor(oracle, SCHEMAS.window, `[search] wrong prefix ${uniq()}`, ['Checkout']);
    const r = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.window, value });
    expect(r.body).toMatchObject({ status: 'forbidden' });
    expect(r.body.diagnostics.map((d: { code: string }) => d.code)).toEqual(['guardrail/naming/prefix']);
  });

  it('the outsider is refused by every function and changes nothing', async () => {
    const before = await snapshot(stack);
    const anyObject = [...before.values()][0]!;
    const { updateToken } = (await adminGet(stack, anyObject.objectId))!;
    const calls: Array<[string, unknown]> = [
      ['list-team-alerting', {}], ['get-alerting-object', { objectId: anyObject.objectId }],
      ['preview-alerting-change', { schemaId: anyObject.schemaId, value: anyObject.value }],
      ['create-alerting-object', { schemaId: anyObject.schemaId, value: anyObject.value }],
      ['update-alerting-object', { objectId: anyObject.objectId, updateToken, value: anyObject.value }],
      ['delete-alerting-object', { objectId: anyObject.objectId, updateToken }],
      ['get-alerting-history', {}], ['list-teams', {}],
      ['upsert-team', { team: { id: 'olga', displayName: 'Olga', members: ['olga.outsider@example.com'], leads: [], scope: { kind: 'management-zones', managementZones: ['Infrastructure'] }, allowedSchemas: [SCHEMAS.profile], notifications: { allowedTypes: [], mode: 'enforce' } } }],
    ];
    for (const [fn, payload] of calls) {
      const r = await stack.call('Olga Outsider', fn, payload);
      expect({ fn, http: r.status, status: r.body.status }).toEqual({ fn, http: 200, status: 'forbidden' });
    }
    expectUnchanged(before, await snapshot(stack));
    const teams = await stack.call(ADMIN, 'list-teams', {});
    expect(teams.body.teams.map((t: { team: { id: string } }) => t.team.id).sort()).toEqual(['checkout', 'mobile', 'search']);
  });
});
