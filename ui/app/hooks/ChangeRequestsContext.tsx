/**
 * The caller's change requests (`list-change-requests`: their own, and for a lead their teams'),
 * loaded once for everyone in a team and shared: the navigation's badge, Home's "what waits on
 * whom", the change-request page and the review's history read the same answer, and `reload()`
 * after a proposal or decision updates them all. Who may decide what is in each request
 * (`canDecide`, `canWithdraw`), decided by lib/approvals — the UI only shows it. On the workspace
 * and the review the list is asked a moment after the page's own first data, which it must not
 * compete with.
 */
import React, { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { whatWaitsOnWhom, type WaitingSummary } from '../../../lib/approvals/history';
import type { ChangeRequestView, Failure } from '../../../lib/contracts';
import { useCaller } from './CallerContext';
import { useFunctionQuery } from './useFunctionQuery';

export interface ChangeRequestsState {
  requests: ChangeRequestView[];
  failure: Failure | undefined;
  loading: boolean;
  reload: () => void;
  waiting: WaitingSummary;
}

const EMPTY: ChangeRequestView[] = [];
/** How long the workspace's and the review's first answers get the machine to themselves. */
const HEAD_START_MS = 2_000;
const PAGES_WITH_HEAD_START = ['/workspace', '/review'];
const Context = createContext<ChangeRequestsState | undefined>(undefined);

export function ChangeRequestsProvider({ children }: { children: React.ReactNode }) {
  const { data } = useCaller();
  const inTeam = (data?.teams.length ?? 0) > 0;
  const { pathname } = useLocation();
  const [waited, setWaited] = useState(() => !PAGES_WITH_HEAD_START.some((p) => pathname.startsWith(p)));
  useEffect(() => {
    if (waited) return undefined;
    const timer = setTimeout(() => setWaited(true), HEAD_START_MS);
    return () => clearTimeout(timer);
  }, [waited]);
  const query = useFunctionQuery('list-change-requests', {}, inTeam && waited);
  const requests = query.data?.requests ?? EMPTY;
  const callerId = data?.user.id ?? '';
  const value = useMemo<ChangeRequestsState>(() => ({
    requests, failure: query.failure, loading: inTeam && (query.loading || !waited), reload: query.reload, waiting: whatWaitsOnWhom(requests, callerId),
  }), [requests, query.failure, query.loading, query.reload, inTeam, waited, callerId]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useChangeRequests(): ChangeRequestsState {
  const value = useContext(Context);
  if (!value) throw new Error('useChangeRequests outside ChangeRequestsProvider');
  return value;
}
