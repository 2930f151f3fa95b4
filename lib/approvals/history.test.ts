import type { ChangeRequestView } from '../contracts/change-request';
import type { Revision } from '../contracts/get-alerting-history';
import { requestsBesideHistory, whatWaitsOnWhom } from './history';

const LENA = 'lena-id';
const request = (over: Partial<ChangeRequestView>): ChangeRequestView => ({
  id: 'r1', version: 'v1', teamId: 'checkout', schemaId: 'builtin:alerting.profile', operation: 'update', objectId: 'o1', objectName: 'p',
  value: {}, current: null, baseChanged: false, comment: '', rule: { index: 0, schemaIds: [], operations: ['update'], description: '' },
  proposer: { id: 'max-id', name: 'Max', email: 'max@example.com' }, proposedAt: '2026-01-01T10:00:00.000Z', state: 'approved',
  decision: { decision: 'approve', by: { id: LENA, name: 'Lena', email: 'lena@example.com' }, at: '2026-01-01T11:00:00.000Z', comment: '' },
  withdrawnAt: null, outcome: { at: '2026-01-01T11:00:01.000Z', objectId: 'o1', code: null, message: 'changed' },
  problems: [], waitingOn: [], canDecide: false, canWithdraw: false, ...over,
});
const revision = (over: Partial<Revision>): Revision => ({
  objectId: 'o1', schemaId: 'builtin:alerting.profile', teamId: 'checkout', revision: '1', type: 'UPDATE', modifiedBy: LENA,
  modifiedTime: '2026-01-01T11:00:00.500Z', appId: 'my.team.alerting', before: null, after: null, ...over,
});

describe('requestsBesideHistory', () => {
  it('pairs an approved request with the revision its approval wrote', () => {
    const r = requestsBesideHistory([revision({ revision: '0', modifiedBy: 'max-id' }), revision({})], [request({})]);
    expect(r.byRevision.map((x) => x?.id)).toEqual([undefined, 'r1']);
    expect(r.unpaired).toEqual([]);
  });
  it('does not pair a revision by someone else, of another kind, on another object or outside the decision\'s time', () => {
    for (const other of [{ modifiedBy: 'max-id' }, { type: 'DELETE' as const }, { objectId: 'o2' }, { modifiedTime: '2026-01-01T12:00:00.000Z' }]) {
      expect(requestsBesideHistory([revision(other)], [request({})]).byRevision).toEqual([undefined]);
    }
  });
  it('lists decided requests without a revision (rejected, stale, …) on their own, never open ones', () => {
    const rejected = request({ id: 'r2', state: 'rejected', outcome: null });
    const open = request({ id: 'r3', state: 'open', decision: null, outcome: null });
    expect(requestsBesideHistory([], [rejected, open]).unpaired.map((r) => r.id)).toEqual(['r2']);
  });
  it('lists unpaired requests only when they ended within the history\'s time range', () => {
    const rejected = request({ id: 'r2', state: 'rejected', outcome: null });
    const withdrawn = request({ id: 'r3', state: 'withdrawn', decision: null, outcome: null, withdrawnAt: '2026-03-01T00:00:00.000Z' });
    const window = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };
    expect(requestsBesideHistory([], [rejected, withdrawn], window).unpaired.map((r) => r.id)).toEqual(['r2']);
    expect(requestsBesideHistory([], [rejected, withdrawn], { from: '2026-02-15T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z' }).unpaired.map((r) => r.id)).toEqual(['r3']);
  });
  it('pairs each request once, with the closest revision', () => {
    const r = requestsBesideHistory([revision({ revision: 'far', modifiedTime: '2026-01-01T11:00:40.000Z' }), revision({ revision: 'near' })], [request({})]);
    expect(r.byRevision.map((x) => x?.id)).toEqual([undefined, 'r1']);
  });
});

describe('whatWaitsOnWhom', () => {
  it('splits open requests into those the caller decides and the caller\'s own', () => {
    const mine = request({ id: 'mine', state: 'open', proposer: { id: 'me', name: 'Me', email: 'me@example.com' }, waitingOn: ['lena@example.com'] });
    const theirs = request({ id: 'theirs', state: 'open', canDecide: true });
    const done = request({ id: 'done', proposer: { id: 'me', name: 'Me', email: 'me@example.com' } });
    expect(whatWaitsOnWhom([mine, theirs, done], 'me')).toEqual({ onYou: [theirs], yours: [mine] });
  });
});
