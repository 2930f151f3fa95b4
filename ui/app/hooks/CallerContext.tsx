/**
 * The caller's `get-context` answer (user, teams, role, allowed actions, capabilities), loaded
 * once and shared by every page. Pages use it to hide or disable what the caller cannot do, as
 * the answer says (lib/access decides, not the UI); the functions still enforce everything.
 */
import React, { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { CallerTeam } from '../../../lib/contracts';
import { contractOf } from '../../../lib/contracts/lazy';
import type { OkResponse } from './callFunction';
import { callerStorageKey } from './callerCache';
import { prefetchesAnswered } from './inventoryPrefetch';
import { useFunctionQuery, type QueryState } from './useFunctionQuery';

type CallerState = QueryState<'get-context'>;
type Context = OkResponse<'get-context'>;

const CallerContext = createContext<CallerState | undefined>(undefined);

/** How long at most the fresh get-context answer waits for a prefetched first inventory page. */
const PREFETCH_HEAD_START_MS = 3_000;

/** The tab's last answer, checked against the contract (loaded for it only when there is one). */
async function readCached(key: string | undefined): Promise<Context | undefined> {
  try {
    const text = key ? sessionStorage.getItem(key) : null;
    if (text === null) return undefined;
    const parsed = (await contractOf('get-context')).response.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.status === 'ok' ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function CallerProvider({ children }: { children: React.ReactNode }) {
  // per user and browser tab: a reload renders at once with the last answer while a fresh one loads
  const [key] = useState(callerStorageKey);
  const [cache, setCache] = useState<{ read: boolean; value?: Context }>({ read: false });
  useEffect(() => {
    let live = true;
    void readCached(key).then((value) => live && setCache({ read: true, value }));
    return () => { live = false; };
  }, [key]);
  const cached = cache.value;
  // with a cached answer to render from, the fresh one is asked after the first pages started at
  // startup have answered (see `inventoryPrefetch`): the page waits for those, not for this
  // answer. Without one, at once: every page waits for it.
  const [ask, setAsk] = useState(false);
  useEffect(() => {
    if (ask || !cache.read) return;
    if (cache.value === undefined) setAsk(true);
    else void prefetchesAnswered(PREFETCH_HEAD_START_MS).then(() => setAsk(true));
  }, [ask, cache]);
  const query = useFunctionQuery('get-context', {}, ask);
  const cachedText = useMemo(() => (cached ? JSON.stringify(cached) : undefined), [cached]);
  const freshText = useMemo(() => (query.data ? JSON.stringify(query.data) : undefined), [query.data]);
  useEffect(() => {
    if (!key || !freshText) return;
    try {
      sessionStorage.setItem(key, freshText);
    } catch {
      // storage full or disabled: only the instant start on reload is lost
    }
  }, [key, freshText]);
  // the stale answer only fills the wait for the first fresh one; a failure is never hidden. A
  // fresh answer equal to the stale one keeps its object, and `loading` only says there is nothing
  // to show yet, so the pages rendered from the stale answer do not render again for nothing
  // (on a reload of the workspace that render would land just before its first rows).
  // waiting for the first fresh answer (not asked yet, or asked and not answered)
  const pending = query.loading || (query.data === undefined && query.failure === undefined);
  const data = query.data ? (freshText === cachedText ? cached : query.data) : query.failure || !pending ? undefined : cached;
  const loading = pending && !data;
  const value = useMemo<CallerState>(() => ({ data, failure: query.failure, loading, reload: query.reload }), [data, query.failure, loading, query.reload]);
  return <CallerContext.Provider value={value}>{children}</CallerContext.Provider>;
}

export function useCaller(): CallerState {
  const value = useContext(CallerContext);
  if (!value) throw new Error('useCaller outside CallerProvider');
  return value;
}

/** A team whose review the caller may open; `readOnly`: the caller is not in it (an admin's read-only review). */
export interface ReviewableTeam {
  id: string;
  name: string;
  readOnly: boolean;
  /** the team's zones with their ids (the review names an object's zones by them) */
  managementZones: CallerTeam['managementZones'];
}

/**
 * The teams whose review `get-context` says the caller may open: their own (`reviewTeamIds`)
 * first, then those they may only read (`readOnlyReviewTeams`). What the caller may change in a
 * team is in `data.teams[].allowedActions`: a read-only team has no entry there.
 */
export function useReviewableTeams(): ReviewableTeam[] {
  const { data } = useCaller();
  return useMemo(() => {
    if (!data) return [];
    const reviewable = new Set(data.capabilities.reviewTeamIds);
    return [
      ...data.teams.filter((t) => reviewable.has(t.id)).map((t) => ({ id: t.id, name: t.name, readOnly: false, managementZones: t.managementZones })),
      ...data.capabilities.readOnlyReviewTeams.map((t) => ({ id: t.id, name: t.name, readOnly: true, managementZones: t.managementZones })),
    ];
  }, [data]);
}
