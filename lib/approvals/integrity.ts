/**
 * What the store's own record says about a stored change request, against what its value claims.
 * Every app user who may propose can also write the store directly (the functions run as the
 * caller), so the value may be forged; the store's metadata — `createdBy`, `lastModifiedBy` and
 * their times — may not. The functions write an entry only in these ways:
 *
 * - propose: created by the proposer, state `open`, never modified while open;
 * - withdraw: modified by the proposer, state `withdrawn`;
 * - decide: modified by the deciding lead (who is not the creator), with `decision.by` = that lead.
 *
 * An entry that could not have come about that way is reported with its problems. Problems only
 * inform the listing: no write ever follows from a stored state, only from a lead's decision call
 * on an `open` entry without problems, at the version the lead reviewed (`decide-rules.ts`).
 */
import { diagnostic, type DiagnosticCode } from '../codes';
import type { Diagnostic } from '../contracts/common';
import type { TeamMapping } from '../teams/model';
import { DECIDED_STATES, type StoredChangeRequest, type StoredEntryMeta } from './stored-request';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether `email` leads `team` now (case-insensitive, as membership is). */
export function leadsTeam(team: TeamMapping | undefined, email: string): boolean {
  return team !== undefined && email.trim() !== '' && team.leads.some((l) => same(l, email));
}

export function integrityProblems(stored: StoredChangeRequest, meta: StoredEntryMeta, team: TeamMapping | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problem = (code: DiagnosticCode, message: string) => out.push(diagnostic(code, message, { help: 'this entry was written outside the app; it cannot be decided — propose the change again' }));
  if (stored.proposer.id !== meta.createdBy) {
    problem('approval/tampered/proposer', 'the proposer named in the request is not the user who created it');
  }
  if (stored.state === 'open' && (meta.lastModifiedBy !== meta.createdBy || meta.lastModifiedTime !== meta.createdTime)) {
    problem('approval/tampered/edited', 'the request was changed after it was proposed');
  }
  if (stored.state === 'withdrawn' && meta.lastModifiedBy !== meta.createdBy) {
    problem('approval/tampered/withdrawn', 'the request is marked withdrawn by someone other than its proposer');
  }
  if (DECIDED_STATES.includes(stored.state)) {
    const d = stored.decision;
    if (d === null) problem('approval/tampered/decision', `the request is marked \`${stored.state}\` without a decision`);
    else {
      if (d.by.id !== meta.lastModifiedBy) problem('approval/tampered/decider', 'the decision names someone other than the user who recorded it');
      if (d.by.id === meta.createdBy) problem('approval/tampered/self-decided', 'the decision was recorded by the proposer');
      if ((d.decision === 'reject') !== (stored.state === 'rejected')) problem('approval/tampered/decision', `the decision \`${d.decision}\` does not lead to state \`${stored.state}\``);
      // a lead removed from the team since is reported too: the store cannot say who led then
      if (!leadsTeam(team, d.by.email)) problem('approval/decider-not-lead', `the decision was recorded as \`${d.by.email}\`, who does not lead team \`${stored.teamId}\``);
    }
  } else if (stored.decision !== null) {
    problem('approval/tampered/decision', `the request is \`${stored.state}\` but carries a decision`);
  }
  return out;
}
