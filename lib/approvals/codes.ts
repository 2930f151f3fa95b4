/**
 * The diagnostic codes of change requests and approval rules: the refusal of a change a team's
 * rule holds back, and what propose, decide, withdraw and the stored entry's integrity checks
 * answer. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const APPROVAL_CODES = {
  'approval/required': { severity: 'error', summary: 'a change that one of the team\'s approval rules holds back: it can only be proposed' },
  'approval/not-required': { severity: 'error', summary: 'a proposal of a change no approval rule holds back: write it directly' },
  'approval/secret-in-proposal': { severity: 'error', summary: 'a proposal that carries a secret in clear text (the store would keep it readable)' },
  'approval/not-found': { severity: 'error', summary: 'a change request that does not exist' },
  'approval/unreadable': { severity: 'error', summary: 'a stored change request whose value is not a change request' },
  'approval/not-a-lead': { severity: 'error', summary: 'a decision by someone who does not lead the request\'s team' },
  'approval/own-request': { severity: 'error', summary: 'a decision on one\'s own change request' },
  'approval/not-proposer': { severity: 'error', summary: 'a withdrawal by someone other than the proposer' },
  'approval/changed-since-review': { severity: 'error', summary: 'a decision at another version of the request than the one reviewed' },
  'approval/tampered': { severity: 'error', summary: 'a change request altered outside the app, which cannot be decided' },
  'approval/tampered/proposer': { severity: 'error', summary: 'a change request naming a proposer other than the user who created it' },
  'approval/tampered/edited': { severity: 'error', summary: 'an open change request changed after it was proposed' },
  'approval/tampered/withdrawn': { severity: 'error', summary: 'a change request marked withdrawn by someone other than its proposer' },
  'approval/tampered/decider': { severity: 'error', summary: 'a decision naming someone other than the user who recorded it' },
  'approval/tampered/self-decided': { severity: 'error', summary: 'a decision recorded by the proposer' },
  'approval/tampered/decision': { severity: 'error', summary: 'a decision that does not fit the request\'s state' },
  'approval/decider-not-lead': { severity: 'error', summary: 'a decision recorded by someone who does not lead the team' },
  'approval/not-open': { severity: 'error', summary: 'a decision or withdrawal of a request that is no longer open' },
  'approval/already-decided': { severity: 'error', summary: 'a decision that lost the race against another decision of the same request' },
  'approval/stale': { severity: 'error', summary: 'an approval of a change whose object changed since the proposal: nothing is written' },
  'approval/outcome-not-recorded': { severity: 'warning', summary: 'an applied approval whose outcome could not be recorded in the request' },
} as const satisfies CodeTable;
