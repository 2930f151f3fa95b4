/**
 * `list-change-requests`: the caller's own change requests and, for a lead, every request of the
 * teams they lead (teams from the caller's identity; `teamId` only selects among them), newest
 * first. An open request is shown with the object as the caller can read it now, so a lead sees
 * the diff against the current object and whether the proposal went stale meanwhile.
 */
import { changeRequestView, type StoredChangeRequest } from '../approvals/index';
import type { ChangeRequestView } from '../contracts/change-request';
import type { Failure } from '../contracts/common';
import type { ListChangeRequestsRequest, ListChangeRequestsResponse } from '../contracts/list-change-requests';
import { readOwned } from './alerting-object-ops';
import { listVisibleRequests, type ReadRequest } from './change-request-store';
import type { Ports } from './ports';
import { isFailure, loadTeamContext, type TeamContext } from './team-context';

/** The most open requests whose current object one call reads (each is one platform read). */
const MAX_CURRENT_READS = 50;

type Current = { value: Record<string, unknown>; updateToken: string | null } | null;

async function currentObject(ports: Ports, ctx: TeamContext, stored: StoredChangeRequest): Promise<Current> {
  if (stored.objectId === null) return null;
  const owned = await readOwned(ports, ctx, stored.objectId);
  return isFailure(owned) ? null : { value: owned.record.value, updateToken: owned.record.updateToken ?? null };
}

export async function listChangeRequests(ports: Ports, req: ListChangeRequestsRequest): Promise<ListChangeRequestsResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const { requests, truncated } = await listVisibleRequests(ports, ctx.selected);
  const shown = requests
    .filter((r) => req.state === undefined || r.stored.state === req.state)
    .sort((a, b) => b.entry.createdTime.localeCompare(a.entry.createdTime) || a.entry.objectId.localeCompare(b.entry.objectId));
  const caller = { id: ports.caller.id, name: ports.caller.name, email: ports.caller.email };
  let reads = 0;
  const views: ChangeRequestView[] = [];
  for (const r of shown) {
    const readCurrent = r.stored.state === 'open' && r.stored.operation !== 'create' && reads < MAX_CURRENT_READS;
    if (readCurrent) reads++;
    const current = readCurrent ? await currentObject(ports, ctx, r.stored) : undefined;
    views.push(view(r, caller, ctx, current));
  }
  return { status: 'ok', requests: views, truncated };
}

function view(r: ReadRequest, caller: { id: string; name: string; email: string }, ctx: TeamContext, current: Current | undefined): ChangeRequestView {
  return changeRequestView(r.entry, r.stored, { caller, allTeams: ctx.allTeams, ...(current !== undefined ? { current } : {}) });
}
