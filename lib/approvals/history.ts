/**
 * Change requests beside the settings history: which revision an approved request produced, and
 * who waits on whom. The history's revisions come from the platform (`get-alerting-history`), the
 * requests from the change-request store (`list-change-requests`); the UI merges the two lists.
 *
 * A revision was produced by a request when the request was approved and applied to that object,
 * the revision is of the request's kind (create / update / delete), made by the approving lead
 * (the platform records the writer), between the decision and the recorded outcome (a minute of
 * clock skew either side). Each request is paired with at most one revision, the closest in time.
 */
import type { ChangeRequestView } from '../contracts/change-request';
import type { Revision } from '../contracts/get-alerting-history';

const SKEW_MS = 60_000;
const TYPE: Record<ChangeRequestView['operation'], Revision['type']> = { create: 'CREATE', update: 'UPDATE', delete: 'DELETE' };

const time = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

function produced(request: ChangeRequestView, revision: Revision): number | undefined {
  const { decision, outcome } = request;
  if (request.state !== 'approved' || !decision || !outcome || outcome.objectId !== revision.objectId) return undefined;
  if (revision.type !== TYPE[request.operation] || revision.modifiedBy !== decision.by.id) return undefined;
  const at = time(revision.modifiedTime);
  const from = time(decision.at) - SKEW_MS;
  const to = time(outcome.at) + SKEW_MS;
  if (!(at >= from && at <= to)) return undefined;
  return Math.abs(at - time(outcome.at));
}

export interface RequestsBesideHistory {
  /** per revision (same order), the request that produced it */
  byRevision: Array<ChangeRequestView | undefined>;
  /** decided requests that produced none of these revisions (rejected, withdrawn, stale, failed, or older), within the window when one is given */
  unpaired: ChangeRequestView[];
}

/** The time range the history shows (ISO date-times): unpaired requests are listed when they ended in it. */
export interface HistoryWindow { from: string; to: string }

/** When a request last changed state: its decision, its withdrawal, or its proposal. */
const endedAt = (r: ChangeRequestView): number => time(r.decision?.at ?? r.withdrawnAt ?? r.proposedAt);

export function requestsBesideHistory(revisions: readonly Revision[], requests: readonly ChangeRequestView[], window?: HistoryWindow): RequestsBesideHistory {
  const byRevision: Array<ChangeRequestView | undefined> = revisions.map(() => undefined);
  const paired = new Set<string>();
  for (const request of requests) {
    let best: { index: number; distance: number } | undefined;
    revisions.forEach((revision, index) => {
      if (byRevision[index]) return;
      const distance = produced(request, revision);
      if (distance !== undefined && (!best || distance < best.distance)) best = { index, distance };
    });
    if (best) {
      byRevision[best.index] = request;
      paired.add(request.id);
    }
  }
  const inWindow = (r: ChangeRequestView) => !window || (endedAt(r) >= time(window.from) && endedAt(r) <= time(window.to));
  return { byRevision, unpaired: requests.filter((r) => r.state !== 'open' && !paired.has(r.id) && inWindow(r)) };
}

export interface WaitingSummary {
  /** open requests the caller may decide now */
  onYou: ChangeRequestView[];
  /** the caller's own open requests, each with the leads it waits on */
  yours: ChangeRequestView[];
}

export function whatWaitsOnWhom(requests: readonly ChangeRequestView[], callerId: string): WaitingSummary {
  return {
    onYou: requests.filter((r) => r.state === 'open' && r.canDecide),
    yours: requests.filter((r) => r.state === 'open' && r.proposer.id === callerId),
  };
}
