/**
 * Change requests with a lead's approval, through the BUILT functions in the js-runtime against
 * the local platform: the demo's `checkout` team needs approval for deleting alerting profiles
 * and problem notifications and for any change in Payments. Every case compares the admin's
 * snapshot of all five schemas before and after, so "nothing written" means nothing at all.
 */
import { contracts } from '../../lib/contracts';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { SCHEMAS, type ScopeOracle } from '../support/scope-oracle';
import { ADMIN, adminCreate, adminGet, diff, OBJECTS, oracleFor, snapshot, uniq, valueFor } from '../support/scoping-fixtures';

jest.setTimeout(120_000);

const STORE = '/platform/app-settings/v2/objects';
const SCHEMA = 'app:my.team.alerting:change-requests';
const MAX = 'Max Member';
const LENA = 'Lena Lead';
const SAM = 'Sam Search-Lead';

let stack: LocalStack;
let oracle: ScopeOracle;
beforeAll(async () => {
  stack = await startLocalStack();
  oracle = oracleFor(stack);
}, 60_000);
afterAll(async () => stack?.close());

async function call(persona: string, fn: keyof typeof contracts, payload: unknown): Promise<any> {
  const r = await stack.call(persona, fn, payload);
  expect(r.status).toBe(200);
  expect(contracts[fn].response.safeParse(r.body).success).toBe(true);
  return r.body;
}

const paymentsProfile = (label: string) => valueFor(oracle, SCHEMAS.profile, `[checkout] ${label} ${uniq()}`, ['Payments']);

async function proposeCreate(persona = MAX) {
  const value = paymentsProfile('proposed');
  const r = await call(persona, 'propose-alerting-change', { schemaId: SCHEMAS.profile, operation: 'create', value, comment: 'payments needs a profile' });
  expect(r.status).toBe('ok');
  return { value, request: r.request };
}

/** Runs `f` and answers what it changed in the five schemas (admin's view). */
async function changesOf<T>(f: () => Promise<T>): Promise<{ result: T; changes: ReturnType<typeof diff> }> {
  const before = await snapshot(stack);
  const result = await f();
  return { result, changes: diff(before, await snapshot(stack)) };
}

describe('change requests through the js-runtime', () => {
  it('refuses the direct write with approval/required and the rule, and the proposal waits on the lead', async () => {
    const value = paymentsProfile('direct');
    const { result, changes } = await changesOf(() => call(MAX, 'create-alerting-object', { schemaId: SCHEMAS.profile, value }));
    expect(result).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/required' }], approval: { teamId: 'checkout', rule: { index: 1, zones: ['Payments'] } } });
    expect(changes).toEqual([]);
    const { request } = await proposeCreate();
    const max = stack.persona(MAX);
    expect(request).toMatchObject({ state: 'open', proposer: { id: max.id, name: max.name, email: max.email }, waitingOn: ['lena.lead@example.com'], canWithdraw: true });
  });

  it('approve: the lead writes the change with the lead\'s own permissions, once', async () => {
    const { value, request } = await proposeCreate();
    const { result, changes } = await changesOf(() => call(LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve', comment: 'fine' }));
    expect(result).toMatchObject({ status: 'ok', request: { state: 'approved', decision: { decision: 'approve', comment: 'fine', by: { id: stack.persona(LENA).id } } } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'created', after: { schemaId: SCHEMAS.profile } });
    const created = result.request.outcome.objectId as string;
    expect((await adminGet(stack, created))?.value.name).toBe(value.name);
    // the platform recorded the write as the lead's, made through the app
    const revisions = await stack.platform(ADMIN, 'GET', `/platform/classic/environment-api/v2/settings/history?schemaId=builtin%3Aalerting.profile&scope=environment&filter=${encodeURIComponent(`objectId = '${created}'`)}&fields=modificationInfo,appId`);
    expect(revisions.body.items).toEqual([expect.objectContaining({ appId: 'my.team.alerting', modificationInfo: expect.objectContaining({ lastModifiedBy: stack.persona(LENA).id }) })]);
  });

  it('reject: nothing is written, the proposer sees the decision', async () => {
    const { request } = await proposeCreate();
    const { result, changes } = await changesOf(() => call(LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'reject', comment: 'use Checkout' }));
    expect(result).toMatchObject({ status: 'ok', request: { state: 'rejected' } });
    expect(changes).toEqual([]);
    const mine = await call(MAX, 'list-change-requests', { state: 'rejected' });
    expect(mine.requests.find((r: { id: string }) => r.id === request.id)).toMatchObject({ decision: { comment: 'use Checkout', by: { name: 'Lena Lead' } } });
  });

  it('withdraw: only the proposer, only while open; a withdrawn request cannot be approved', async () => {
    const { request } = await proposeCreate();
    expect(await call(LENA, 'withdraw-change-request', { id: request.id, version: request.version })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/not-proposer' }] });
    const withdrawn = await call(MAX, 'withdraw-change-request', { id: request.id, version: request.version });
    expect(withdrawn).toMatchObject({ status: 'ok', request: { state: 'withdrawn' } });
    const { result, changes } = await changesOf(() => call(LENA, 'decide-change-request', { id: request.id, version: withdrawn.request.version, decision: 'approve' }));
    expect(result).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/not-open' }] });
    expect(changes).toEqual([]);
  });

  it('a stale approval (the object changed in between) answers conflict, writes nothing and marks the request stale', async () => {
    const [id] = await adminCreate(stack, [{ schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] to delete ${uniq()}`, ['Checkout']) }]);
    const base = (await adminGet(stack, id!))!;
    const proposed = await call(MAX, 'propose-alerting-change', { schemaId: SCHEMAS.profile, operation: 'delete', objectId: id, updateToken: base.updateToken, comment: 'unused' });
    expect(proposed).toMatchObject({ status: 'ok', request: { operation: 'delete', rule: { index: 0 } } });
    // someone changes the object after the proposal
    const put = await stack.platform(ADMIN, 'PUT', `${OBJECTS}/${id}`, { value: { ...base.value, name: `${String(base.value.name)} (changed)` }, updateToken: base.updateToken });
    expect(put.status).toBe(200);
    const listed = await call(LENA, 'list-change-requests', { state: 'open' });
    expect(listed.requests.find((r: { id: string }) => r.id === proposed.request.id)).toMatchObject({ baseChanged: true, current: { value: { name: expect.stringContaining('(changed)') } } });
    const { result, changes } = await changesOf(() => call(LENA, 'decide-change-request', { id: proposed.request.id, version: proposed.request.version, decision: 'approve' }));
    expect(result).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/stale' }], current: { objectId: id } });
    expect(changes).toEqual([]);
    const after = await call(MAX, 'list-change-requests', {});
    expect(after.requests.find((r: { id: string }) => r.id === proposed.request.id)).toMatchObject({ state: 'stale', outcome: { code: 'approval/stale' } });
  });

  it('a lead cannot approve their own proposal', async () => {
    const { request } = await proposeCreate(LENA);
    expect(request.canDecide).toBe(false);
    const { result, changes } = await changesOf(() => call(LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' }));
    expect(result).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/own-request' }] });
    expect(changes).toEqual([]);
  });

  it('a lead of another team cannot decide, nor can a member', async () => {
    const { request } = await proposeCreate();
    const { result, changes } = await changesOf(async () => [
      await call(SAM, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' }),
      await call('Noah Two-Teams', 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' }),
    ]);
    expect(result[0]).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/not-a-lead' }] });
    expect(result[1]).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/not-a-lead' }] });
    expect(changes).toEqual([]);
  });

  it('a member writing the store directly cannot get anything applied', async () => {
    const max = stack.persona(MAX);
    const lena = stack.persona(LENA);
    const { request } = await proposeCreate();
    const entry = await stack.platform(MAX, 'GET', `${STORE}/${request.id}`);
    expect(entry.status).toBe(200);
    const { changes } = await changesOf(async () => {
      // 1. mark the own request approved by the lead: a record, never a write
      const approved = { ...entry.body.value, state: 'approved', decision: { decision: 'approve', by: { id: lena.id, name: lena.name, email: lena.email }, at: new Date().toISOString(), comment: '' } };
      expect((await stack.platform(MAX, 'PUT', `${STORE}/${request.id}?optimistic-locking-version=${encodeURIComponent(entry.body.version)}`, { value: approved })).status).toBe(200);
      const listed = await call(LENA, 'list-change-requests', {});
      const shown = listed.requests.find((r: { id: string }) => r.id === request.id);
      expect(shown.problems.map((p: { code: string }) => p.code)).toContain('approval/tampered/decider');
      expect(shown.canDecide).toBe(false);
      // 2. reopen it and swap the value after the lead looked: refused at the reviewed version
      const reopened = { ...entry.body.value, value: JSON.stringify(paymentsProfile('swapped')) };
      const put = await stack.platform(MAX, 'PUT', `${STORE}/${request.id}?optimistic-locking-version=${encodeURIComponent(shown.version)}`, { value: reopened });
      expect(put.status).toBe(200);
      expect(await call(LENA, 'decide-change-request', { id: request.id, version: shown.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/changed-since-review' }] });
      expect(await call(LENA, 'decide-change-request', { id: request.id, version: put.body.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/tampered' }, { code: 'approval/tampered/edited' }] });
      // 3. an entry created directly in another member's name
      const forged = await stack.platform(MAX, 'POST', STORE, { schemaId: SCHEMA, value: { ...entry.body.value, proposer: { id: stack.persona('Noah Two-Teams').id, name: 'Noah Two-Teams', email: 'noah.two-teams@example.com' } } });
      expect(forged.status).toBe(201);
      expect(await call(LENA, 'decide-change-request', { id: forged.body.objectId, version: forged.body.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/tampered' }, { code: 'approval/tampered/proposer' }] });
      // 4. a value that is no change request at all
      const junk = await stack.platform(MAX, 'POST', STORE, { schemaId: SCHEMA, value: { ...entry.body.value, format: 1, value: '{"name":', schemaId: 'builtin:management-zones' } });
      if (junk.status === 201) expect(await call(LENA, 'decide-change-request', { id: junk.body.objectId, version: junk.body.version, decision: 'approve' })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'approval/unreadable' }] });
    });
    expect(changes).toEqual([]);
    expect(max.id).not.toBe(lena.id);
  });

  it('concurrent approvals of one request apply it once', async () => {
    const { request } = await proposeCreate();
    // both calls reach the platform late, as over a slow network, so they overlap for sure
    stack.delayPlatform((r) => (r.url.startsWith('/platform/app-settings/v2/objects/') && r.method === 'PUT' ? 150 : 0));
    try {
      const { result, changes } = await changesOf(() => Promise.all([0, 1].map(() => call(LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' }))));
      expect(result.map((r) => r.status).sort()).toEqual(['conflict', 'ok']);
      expect(result.find((r) => r.status === 'conflict').diagnostics[0].code).toBe('approval/already-decided');
      expect(changes).toHaveLength(1);
    } finally {
      stack.delayPlatform(undefined);
    }
  });

  it('lists the member\'s own requests only, and the lead\'s team requests with the rule in words', async () => {
    await proposeCreate('Noah Two-Teams');
    const noah = await call('Noah Two-Teams', 'list-change-requests', {});
    expect(noah.requests.every((r: { proposer: { name: string } }) => r.proposer.name === 'Noah Two-Teams')).toBe(true);
    const lena = await call(LENA, 'list-change-requests', { teamId: 'checkout', state: 'open' });
    const names = new Set(lena.requests.map((r: { proposer: { name: string } }) => r.proposer.name));
    expect(names.has('Noah Two-Teams')).toBe(true);
    expect(lena.requests[0].rule.description).toContain('management zone `Payments`');
    expect(await call(SAM, 'list-change-requests', { teamId: 'checkout' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
  });
});
