import type { ChangeRequestView } from '../../lib/contracts';
import { personName, requestTitle, ruleInWords, waitingOnWords } from './changeRequests';

const request = (over: Partial<ChangeRequestView> = {}): ChangeRequestView => ({
  id: 'r', version: 'v', teamId: 'checkout', schemaId: 'builtin:alerting.profile', operation: 'delete', objectId: 'o', objectName: '[checkout] old',
  value: null, current: null, baseChanged: false, comment: '', rule: { index: 0, schemaIds: ['builtin:alerting.profile', 'builtin:monitoring.slo'], operations: ['delete'], zones: ['Payments'], description: '' },
  proposer: { id: 'max', name: 'Max Member', email: 'max@example.com' }, proposedAt: '', state: 'open', decision: null, withdrawnAt: null, outcome: null,
  problems: [], waitingOn: ['lena@example.com', 'me@example.com'], canDecide: false, canWithdraw: false, ...over,
});

describe('change request words', () => {
  it('names the proposer, or "you"', () => {
    expect(requestTitle(request(), 'someone')).toBe('Max Member proposes to delete alerting profile “[checkout] old”');
    expect(requestTitle(request(), 'max')).toBe('You propose to delete alerting profile “[checkout] old”');
    expect(personName({ id: 'x', name: '', email: 'x@example.com' }, undefined)).toBe('x@example.com');
  });
  it('says the rule with the titles of the workspace, acronyms kept', () => {
    expect(ruleInWords(request().rule)).toBe('deleting alerting profiles or SLOs in management zone Payments');
  });
  it('says on whom a request waits, the caller as "you"', () => {
    expect(waitingOnWords(request(), 'ME@example.com')).toBe('lena@example.com, you');
    expect(waitingOnWords(request({ waitingOn: [] }), undefined)).toBe('no lead (the team has no other lead)');
  });
});
