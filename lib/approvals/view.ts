/**
 * A stored change request as the functions answer it (`ChangeRequestView`): the value parsed,
 * the rule in words, the store's record of who proposed it and when, what the store's record
 * contradicts (`problems`), on whom it waits, and what the caller may do with it now — the same
 * rules `decide-rules.ts` enforces, so the UI never offers what the function would refuse.
 */
import type { ChangeRequestView } from '../contracts/change-request';
import type { TeamMapping } from '../teams/model';
import { decisionRefusal, withdrawalRefusal, type Actor } from './decide-rules';
import { integrityProblems } from './integrity';
import { describeApprovalRule } from './rules';
import { proposedValueOf, type StoredChangeRequest, type StoredEntry } from './stored-request';

export interface ViewContext {
  caller: Actor;
  /** every team mapping (the request's team may not be one of the caller's) */
  allTeams: readonly TeamMapping[];
  /**
   * The object as the caller read it now: undefined when not read (a create, or a request no
   * longer open), null when it is gone or the caller cannot read it.
   */
  current?: { value: Record<string, unknown>; updateToken: string | null } | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function changeRequestView(entry: StoredEntry, stored: StoredChangeRequest, ctx: ViewContext): ChangeRequestView {
  const team = ctx.allTeams.find((t) => t.id === stored.teamId);
  const problems = integrityProblems(stored, entry, team);
  const open = stored.state === 'open' && problems.length === 0;
  const { index, ...rule } = stored.rule;
  const current = ctx.current;
  return {
    id: entry.objectId,
    version: entry.version,
    teamId: stored.teamId,
    schemaId: stored.schemaId,
    operation: stored.operation,
    objectId: stored.objectId,
    objectName: stored.objectName,
    value: proposedValueOf(stored),
    current: current ? { value: current.value, updateToken: current.updateToken } : null,
    // gone, unreadable or changed: an approval now would write on a base the proposer never saw
    baseChanged: current === null || (current !== undefined && stored.baseUpdateToken !== null && current.updateToken !== stored.baseUpdateToken),
    comment: stored.comment,
    rule: { ...rule, index, description: describeApprovalRule(stored.rule) },
    proposer: stored.proposer,
    proposedAt: entry.createdTime,
    state: stored.state,
    decision: stored.decision,
    withdrawnAt: stored.withdrawnAt,
    outcome: stored.outcome,
    problems,
    waitingOn: open ? (team?.leads ?? []).filter((l) => !same(l, stored.proposer.email)) : [],
    canDecide: decisionRefusal(stored, entry, ctx.caller, team, entry.version) === undefined,
    canWithdraw: withdrawalRefusal(stored, entry, ctx.caller, entry.version) === undefined,
  };
}
