/**
 * Who may do what with a stored change request, decided from the caller's identity, the team
 * mappings and the store's own record — never from the stored value alone:
 *
 * - decide (approve or reject): a lead of the request's team (membership from the caller's
 *   e-mail), not its proposer (by the store's `createdBy`, and by the id and e-mail the value
 *   names, so a lead cannot approve their own request under any of them), at exactly the version
 *   the lead reviewed, on an `open` entry without integrity problems;
 * - withdraw: only its creator by the store's record, only while `open`, at the version shown.
 *
 * Each refusal is a status-tagged failure with a stable `approval/...` code.
 */
import { diagnostic, type DiagnosticCode } from '../codes';
import type { Failure } from '../contracts/common';
import type { TeamMapping } from '../teams/model';
import { integrityProblems, leadsTeam } from './integrity';
import type { StoredChangeRequest, StoredEntryMeta } from './stored-request';

export interface Actor {
  id: string;
  name: string;
  email: string;
}

const fail = (status: Failure['status'], code: DiagnosticCode, message: string, help?: string): Failure => ({
  status, diagnostics: [diagnostic(code, message, help ? { help } : {})],
});

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The caller proposed it, by the store's record or by anything the value says. */
export function isProposer(stored: StoredChangeRequest, meta: StoredEntryMeta, caller: Actor): boolean {
  return meta.createdBy === caller.id || stored.proposer.id === caller.id || (caller.email.trim() !== '' && same(stored.proposer.email, caller.email));
}

/** Why the caller may not decide this request now, or undefined when they may. */
export function decisionRefusal(stored: StoredChangeRequest, meta: StoredEntryMeta, caller: Actor, team: TeamMapping | undefined, reviewedVersion: string): Failure | undefined {
  if (!leadsTeam(team, caller.email)) {
    return fail('forbidden', 'approval/not-a-lead', `only a lead of team \`${stored.teamId}\` can decide this change request`, 'ask a lead of the team to review it');
  }
  if (isProposer(stored, meta, caller)) {
    return fail('forbidden', 'approval/own-request', 'you proposed this change, so you cannot decide it', `another lead of team \`${stored.teamId}\` must review it`);
  }
  if (meta.version !== reviewedVersion) {
    // decided since the lead opened it (also by this lead's own second click, or a concurrent
    // approval that claimed it first): that is what they need to hear, not that it changed
    if (stored.state !== 'open') {
      return fail('conflict', 'approval/already-decided', `the change request was decided while you had it open: it is \`${stored.state}\` now`, 'reload the list to see its outcome');
    }
    return fail('conflict', 'approval/changed-since-review', 'the change request was changed since you opened it', 'reload the list and review it again');
  }
  const problems = integrityProblems(stored, meta, team);
  if (problems.length > 0) {
    return { status: 'conflict', diagnostics: [diagnostic('approval/tampered', 'the change request was altered outside the app and cannot be decided', { help: 'ask the proposer to propose the change again' }), ...problems] };
  }
  if (stored.state !== 'open') {
    return fail('conflict', 'approval/not-open', `the change request is already \`${stored.state}\``, 'reload the list to see its outcome');
  }
  return undefined;
}

/** Why the caller may not withdraw this request now, or undefined when they may. */
export function withdrawalRefusal(stored: StoredChangeRequest, meta: StoredEntryMeta, caller: Actor, shownVersion: string): Failure | undefined {
  if (meta.createdBy !== caller.id) {
    return fail('forbidden', 'approval/not-proposer', 'only the proposer can withdraw a change request');
  }
  if (meta.version !== shownVersion) {
    return fail('conflict', 'approval/changed-since-review', 'the change request was changed since you opened it', 'reload the list and try again');
  }
  if (stored.state !== 'open') {
    return fail('conflict', 'approval/not-open', `the change request is already \`${stored.state}\``, 'only open requests can be withdrawn');
  }
  return undefined;
}
