import { contracts } from '../contracts/registry';
import { approvalWorld, LENA, LEO, MAX, N, P, SAM } from './change-requests.test-support';
import { operations } from './index';

type Op = keyof typeof operations;
const call = async (w: ReturnType<typeof approvalWorld>['w'], who: string, fn: Op, payload: unknown): Promise<any> => {
  const r = await operations[fn](w.ports(who), payload);
  // every answer keeps its contract, refusals included
  expect(contracts[fn].response.safeParse(r).success).toBe(true);
  return r;
};

async function proposedCreate() {
  const a = approvalWorld();
  const value = a.paymentsProfile('new');
  const proposed = await call(a.w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'create', value, comment: 'payments needs its own profile' });
  expect(proposed.status).toBe('ok');
  return { ...a, value, request: proposed.request };
}

describe('approval rules on the write functions', () => {
  it('refuses a create in Payments with approval/required and the matching rule, writing nothing', async () => {
    const { w, paymentsProfile } = approvalWorld();
    const r = await call(w, MAX, 'create-alerting-object', { schemaId: P, value: paymentsProfile('p') });
    expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/required' }], approval: { teamId: 'checkout', rule: { index: 1, zones: ['Payments'] } } });
    expect(w.writes).toEqual([]);
  });
  it('refuses deleting a profile in Checkout (rule 1) but lets a Checkout create through', async () => {
    const { w, checkoutProfile, token } = approvalWorld();
    const created = await call(w, MAX, 'create-alerting-object', { schemaId: P, value: checkoutProfile('p') });
    expect(created.status).toBe('ok');
    const del = await call(w, MAX, 'delete-alerting-object', { objectId: created.objectId, updateToken: token(created.objectId) });
    expect(del).toMatchObject({ status: 'forbidden', approval: { rule: { index: 0 } } });
    expect(w.writes.map((x) => x.op)).toEqual(['create']);
  });
  it('says so in the preview: not allowed to save, with the rule', async () => {
    const { w, paymentsProfile } = approvalWorld();
    const r = await call(w, MAX, 'preview-alerting-change', { schemaId: P, value: paymentsProfile('p') });
    expect(r).toMatchObject({ status: 'ok', allowed: false, approval: { rule: { index: 1 } }, validation: { valid: true } });
  });
  it('holds a lead to the rules too', async () => {
    const { w, paymentsProfile } = approvalWorld();
    expect(await call(w, LENA, 'create-alerting-object', { schemaId: P, value: paymentsProfile('p') })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/required' }] });
  });
});

describe('propose-alerting-change', () => {
  it('stores an open request as the proposer, waiting on the team\'s leads', async () => {
    const { w, request } = await proposedCreate();
    expect(request).toMatchObject({ state: 'open', teamId: 'checkout', operation: 'create', proposer: { id: MAX }, waitingOn: [LENA, LEO], canWithdraw: true, canDecide: false, problems: [] });
    expect(w.requests.entries.get(request.id)!.createdBy).toBe(MAX);
    expect(w.writes).toEqual([]);
  });
  it('captures the object\'s updateToken as the base of an update', async () => {
    const { w, paymentsProfile, token } = approvalWorld();
    const id = w.put(P, paymentsProfile('old'));
    const r = await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'update', objectId: id, updateToken: token(id), value: paymentsProfile('renamed'), comment: 'rename' });
    expect(r.status).toBe('ok');
    expect(JSON.parse(JSON.stringify(w.requests.entries.get(r.request.id)!.value))).toMatchObject({ baseUpdateToken: token(id), objectId: id });
  });
  it('refuses what needs no approval, what the guardrails refuse, a stale base and a secret in clear text', async () => {
    const { w, checkoutProfile, paymentsProfile, token } = approvalWorld();
    expect(await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'create', value: checkoutProfile('x'), comment: 'c' })).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'approval/not-required' }] });
    expect(await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'create', value: { ...paymentsProfile('x'), name: 'no prefix' }, comment: 'c' })).toMatchObject({ status: 'forbidden' });
    const id = w.put(P, paymentsProfile('old'));
    expect(await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'delete', objectId: id, updateToken: 'stale', comment: 'c' })).toMatchObject({ status: 'conflict', current: { objectId: id } });
    const profile = w.put(P, paymentsProfile('anchor'));
    const slack = { displayName: '[checkout] slack', type: 'SLACK', alertingProfile: profile, slackNotification: { url: 'https://hooks.slack.com/services/T0/B0/secret', channel: '#checkout-alerts', message: 'x' } };
    const secret = await call(w, MAX, 'propose-alerting-change', { schemaId: N, operation: 'create', value: slack, comment: 'c' });
    expect(secret).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'approval/secret-in-proposal', location: { path: 'slackNotification/url' } }] });
    // a masked secret keeps the stored one and may be proposed
    const masked = await call(w, MAX, 'propose-alerting-change', { schemaId: N, operation: 'create', value: { ...slack, slackNotification: { ...slack.slackNotification, url: '********' } }, comment: 'c' });
    expect(masked.status).toBe('ok');
    expect(w.requests.entries.size).toBe(1);
    expect(token(profile)).toBeDefined();
  });
});

describe('decide-change-request', () => {
  it('applies an approval once, as the lead, and records who decided', async () => {
    const { w, request, value } = await proposedCreate();
    const r = await call(w, LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve', comment: 'ok' });
    expect(r).toMatchObject({ status: 'ok', request: { state: 'approved', decision: { decision: 'approve', by: { id: LENA }, comment: 'ok' }, outcome: { code: null } } });
    expect(w.writes).toEqual([{ op: 'create', schemaId: P, value }]);
    expect(w.requests.entries.get(request.id)!.lastModifiedBy).toBe(LENA);
  });
  it('writes nothing on a rejection', async () => {
    const { w, request } = await proposedCreate();
    expect(await call(w, LEO, 'decide-change-request', { id: request.id, version: request.version, decision: 'reject', comment: 'no' })).toMatchObject({ status: 'ok', request: { state: 'rejected' } });
    expect(w.writes).toEqual([]);
  });
  it('never lets the proposer decide, even a lead; another lead may', async () => {
    const { w, paymentsProfile } = approvalWorld();
    const p = await call(w, LENA, 'propose-alerting-change', { schemaId: P, operation: 'create', value: paymentsProfile('lena'), comment: 'c' });
    expect(p.request.canDecide).toBe(false);
    expect(await call(w, LENA, 'decide-change-request', { id: p.request.id, version: p.request.version, decision: 'approve' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/own-request' }] });
    expect(w.writes).toEqual([]);
    expect(await call(w, LEO, 'decide-change-request', { id: p.request.id, version: p.request.version, decision: 'approve' })).toMatchObject({ status: 'ok' });
    expect(w.writes).toHaveLength(1);
  });
  it('refuses a lead of another team and a member', async () => {
    const { w, request } = await proposedCreate();
    expect(await call(w, SAM, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/not-a-lead' }] });
    expect(await call(w, MAX, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' })).toMatchObject({ status: 'forbidden' });
    expect(w.writes).toEqual([]);
  });
  it('answers conflict and writes nothing when the object changed since the proposal; the request becomes stale', async () => {
    const { w, paymentsProfile, token } = approvalWorld();
    const id = w.put(P, paymentsProfile('old'));
    const p = await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'delete', objectId: id, updateToken: token(id), comment: 'gone' });
    w.objects.get(id)!.token = 'changed-by-someone';
    const r = await call(w, LENA, 'decide-change-request', { id: p.request.id, version: p.request.version, decision: 'approve' });
    expect(r).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/stale' }], current: { objectId: id, updateToken: 'changed-by-someone' } });
    expect(w.writes).toEqual([]);
    expect(w.objects.has(id)).toBe(true);
    const listed = await call(w, MAX, 'list-change-requests', {});
    expect(listed.requests[0]).toMatchObject({ state: 'stale', outcome: { code: 'approval/stale' } });
  });
  it('applies one of two concurrent approvals; the other is told it was already decided', async () => {
    const { w, request } = await proposedCreate();
    const both = await Promise.all([LENA, LEO].map((who) => call(w, who, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' })));
    expect(both.map((r) => r.status).sort()).toEqual(['conflict', 'ok']);
    expect(both.find((r) => r.status === 'conflict').diagnostics[0].code).toBe('approval/already-decided');
    expect(w.writes).toHaveLength(1);
  });
  it('tells a decision that arrives after another one (at the version both reviewed) that it was decided, not changed', async () => {
    const { w, request } = await proposedCreate();
    expect(await call(w, LEO, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' })).toMatchObject({ status: 'ok' });
    const late = await call(w, LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' });
    expect(late).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/already-decided' }] });
    expect(late.diagnostics[0].message).toContain('approved');
    expect(w.writes).toHaveLength(1);
  });
  it('refuses a decision at another version than the one reviewed', async () => {
    const { w, request } = await proposedCreate();
    expect(await call(w, LENA, 'decide-change-request', { id: request.id, version: 'v-other', decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/changed-since-review' }] });
  });
});

describe('a member writing the store directly gets nothing applied', () => {
  it('marking the own request approved writes nothing, and the listing says it was altered', async () => {
    const { w, request } = await proposedCreate();
    const stored = w.requests.entries.get(request.id)!.value as Record<string, unknown>;
    w.requests.update(MAX, request.id, undefined, { ...stored, state: 'approved', decision: { decision: 'approve', by: { id: LENA, name: 'Lena', email: LENA }, at: '2026-01-01T00:00:00Z', comment: '' } });
    expect(w.writes).toEqual([]);
    const listed = await call(w, LENA, 'list-change-requests', {});
    expect(listed.requests[0].problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['approval/tampered/decider']));
    expect(listed.requests[0].canDecide).toBe(false);
  });
  it('editing the value after the lead looked makes the lead\'s approval refused', async () => {
    const { w, request } = await proposedCreate();
    const stored = w.requests.entries.get(request.id)!.value as Record<string, unknown>;
    w.requests.update(MAX, request.id, undefined, { ...stored, value: JSON.stringify({ name: '[checkout] sneaky', managementZone: w.zoneId.Payments }) });
    expect(await call(w, LENA, 'decide-change-request', { id: request.id, version: request.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/changed-since-review' }] });
    // and a lead who looks again sees that it was altered after it was proposed
    const current = w.requests.entries.get(request.id)!;
    expect(await call(w, LENA, 'decide-change-request', { id: request.id, version: current.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/tampered' }, { code: 'approval/tampered/edited' }] });
    expect(w.writes).toEqual([]);
  });
  it('an entry created directly in another proposer\'s name is not theirs', async () => {
    const { w, request } = await proposedCreate();
    const forged = w.requests.create(MAX, { ...(w.requests.entries.get(request.id)!.value as Record<string, unknown>), proposer: { id: LEO, name: 'Leo', email: LEO } });
    expect(await call(w, LENA, 'decide-change-request', { id: forged.objectId, version: forged.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/tampered' }, { code: 'approval/tampered/proposer' }] });
    expect(w.writes).toEqual([]);
  });
});

describe('withdraw-change-request', () => {
  it('lets only the proposer withdraw, only while open; a withdrawn request cannot be approved', async () => {
    const { w, request } = await proposedCreate();
    expect(await call(w, LENA, 'withdraw-change-request', { id: request.id, version: request.version })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'approval/not-proposer' }] });
    const r = await call(w, MAX, 'withdraw-change-request', { id: request.id, version: request.version });
    expect(r).toMatchObject({ status: 'ok', request: { state: 'withdrawn', canWithdraw: false } });
    expect(await call(w, LENA, 'decide-change-request', { id: request.id, version: r.request.version, decision: 'approve' })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/not-open' }] });
    expect(await call(w, MAX, 'withdraw-change-request', { id: request.id, version: r.request.version })).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'approval/not-open' }] });
    expect(w.writes).toEqual([]);
  });
});

describe('list-change-requests', () => {
  it('shows a member only their own requests and a lead the team\'s, with the current object of open ones', async () => {
    const { w, paymentsProfile, token } = approvalWorld();
    const id = w.put(P, paymentsProfile('old'));
    await call(w, MAX, 'propose-alerting-change', { schemaId: P, operation: 'update', objectId: id, updateToken: token(id), value: paymentsProfile('new'), comment: 'max' });
    await call(w, LEO, 'propose-alerting-change', { schemaId: P, operation: 'create', value: paymentsProfile('leo'), comment: 'leo' });
    expect((await call(w, MAX, 'list-change-requests', {})).requests.map((r: { comment: string }) => r.comment)).toEqual(['max']);
    const lead = await call(w, LENA, 'list-change-requests', {});
    expect(lead.requests.map((r: { comment: string }) => r.comment).sort()).toEqual(['leo', 'max']);
    const update = lead.requests.find((r: { comment: string }) => r.comment === 'max');
    expect(update).toMatchObject({ current: { updateToken: token(id) }, baseChanged: false, canDecide: true });
    expect((await call(w, LENA, 'list-change-requests', { state: 'approved' })).requests).toEqual([]);
    expect(w.requests.filters).toContain("value.teamId = 'checkout' and modificationInfo.createdBy = 'max.member@example.com'");
  });
  it('refuses a team the caller is not in', async () => {
    const { w } = approvalWorld();
    expect(await call(w, MAX, 'list-change-requests', { teamId: 'search' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'access/foreign-team' }] });
  });
});
