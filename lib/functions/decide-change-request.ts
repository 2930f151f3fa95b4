/**
 * `decide-change-request` and `withdraw-change-request`. Nothing stored is trusted: the entry is
 * read again, the caller's right to decide or withdraw comes from their identity, the team
 * mappings and the store's own record (`lib/approvals/decide-rules.ts`), and the lead must send
 * the version they reviewed. Every state change is written with optimistic locking on the entry:
 *
 * - reject / withdraw: one write at the reviewed version;
 * - approve: first a claim (`applying`, with the decision) at the reviewed version — of two
 *   concurrent approvals only one gets past it, so a change is applied once — then the write as
 *   the lead (`change-request-apply.ts`), then the outcome at the claim's version. When the
 *   outcome cannot be recorded after a write, the answer is still `ok` with a warning.
 */
import { diagnostic } from '../codes';
import { changeRequestView, decisionRefusal, withdrawalRefusal, type Actor, type StoredChangeRequest, type StoredEntry } from '../approvals/index';
import type { Diagnostic, Failure } from '../contracts/common';
import type { DecideChangeRequestRequest, DecideChangeRequestResponse } from '../contracts/decide-change-request';
import type { WithdrawChangeRequestRequest, WithdrawChangeRequestResponse } from '../contracts/withdraw-change-request';
import { applyApproved } from './change-request-apply';
import { readRequest } from './change-request-store';
import { PortError, type Ports } from './ports';
import { fail } from './results';
import type { TeamMapping } from '../teams/model';
import { isFailure, loadTeamContext, parseStoredTeams, type TeamContext } from './team-context';

const now = () => new Date().toISOString();
const actorOf = (ports: Ports): Actor => ({ id: ports.caller.id, name: ports.caller.name, email: ports.caller.email });

const alreadyDecided = (): Failure => fail('conflict', 'approval/already-decided', 'someone decided or changed this change request at the same time', { help: 'reload the list to see its outcome' });

/** Writes `next` at `version`; a lost race answers `approval/already-decided`. */
async function write(ports: Ports, entry: StoredEntry, version: string, next: StoredChangeRequest): Promise<{ version: string } | Failure> {
  try {
    return await ports.changeRequests.update(entry.objectId, version, next as unknown as Record<string, unknown>);
  } catch (e) {
    if (e instanceof PortError && (e.status === 'conflict' || e.status === 'not-found')) return alreadyDecided();
    throw e;
  }
}

/** The answer's view of the request after a write: read again, so it shows what the store holds. */
async function viewAfter(ports: Ports, allTeams: readonly TeamMapping[], id: string) {
  const read = await readRequest(ports, id);
  if (isFailure(read)) return read;
  return changeRequestView(read.entry, read.stored, { caller: actorOf(ports), allTeams });
}

export async function decideChangeRequest(ports: Ports, req: DecideChangeRequestRequest): Promise<DecideChangeRequestResponse | Failure> {
  const ctx = await loadTeamContext(ports);
  if (isFailure(ctx)) return ctx;
  const read = await readRequest(ports, req.id);
  if (isFailure(read)) return read;
  const { entry, stored } = read;
  const caller = actorOf(ports);
  const team = ctx.allTeams.find((t) => t.id === stored.teamId);
  const refusal = decisionRefusal(stored, entry, caller, team, req.version);
  if (refusal) return refusal;
  const decision = { decision: req.decision, by: caller, at: now(), comment: req.comment ?? '' };

  if (req.decision === 'reject') {
    const done = await write(ports, entry, req.version, { ...stored, state: 'rejected', decision });
    if (isFailure(done)) return done;
    const view = await viewAfter(ports, ctx.allTeams, entry.objectId);
    return isFailure(view) ? view : { status: 'ok', request: view, warnings: [] };
  }

  const claimed = await write(ports, entry, req.version, { ...stored, state: 'applying', decision });
  if (isFailure(claimed)) return claimed;
  // the guardrails run for the request's team, with the lead as the caller
  const leadCtx: TeamContext = { ...ctx, selected: ctx.memberships.filter((m) => m.team.id === stored.teamId) };
  const result = await applyApproved(ports, leadCtx, stored);
  const warnings: Diagnostic[] = [];
  const recorded = await write(ports, entry, claimed.version, { ...stored, state: result.state, decision, outcome: result.outcome });
  if (isFailure(recorded)) {
    warnings.push(diagnostic('approval/outcome-not-recorded', `the outcome \`${result.state}\` could not be recorded on the change request`, { help: 'the request stays `applying`; the object\'s history shows what was written' }));
  }
  if (result.state !== 'approved') return result.failure;
  const view = await viewAfter(ports, ctx.allTeams, entry.objectId);
  return isFailure(view) ? view : { status: 'ok', request: view, warnings };
}

export async function withdrawChangeRequest(ports: Ports, req: WithdrawChangeRequestRequest): Promise<WithdrawChangeRequestResponse | Failure> {
  // a proposer who left every team since may still take their request back
  const allTeams = parseStoredTeams(await ports.teams.list()).map((s) => s.team);
  const read = await readRequest(ports, req.id);
  if (isFailure(read)) return read;
  const { entry, stored } = read;
  const refusal = withdrawalRefusal(stored, entry, actorOf(ports), req.version);
  if (refusal) return refusal;
  const done = await write(ports, entry, req.version, { ...stored, state: 'withdrawn', withdrawnAt: now() });
  if (isFailure(done)) return done;
  const view = await viewAfter(ports, allTeams, entry.objectId);
  return isFailure(view) ? view : { status: 'ok', request: view };
}
