/**
 * All alerting objects of one team (optionally one schema), page by page: the first page (a
 * glance of GLANCE_ITEMS, see inventoryWalk) is shown as soon as it arrives, the following pages
 * are fetched in the background (each after the previous one is painted) and appended. A failed later page keeps what is loaded; `retry` goes
 * on from that page. Items always belong to the current team and schema: a walk for a previous
 * one is aborted and anything it still delivers is ignored.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AlertingItem, AlertingSchemaId, Failure } from '../../../lib/contracts';
import { answerOf, callFailure, callFunction } from './callFunction';
import { takeFirstInventoryPage } from './inventoryPrefetch';
import { afterNextPaint, appendPage, firstPageRequest, walkInventory, type PageAnswer } from './inventoryWalk';

export interface Inventory {
  /** the objects loaded so far */
  items: AlertingItem[];
  /** true while pages are being fetched */
  loading: boolean;
  /** true once the last page arrived: search, filters and counts cover everything */
  complete: boolean;
  /** why the last fetch failed; `items` keeps what was loaded before */
  failure: Failure | undefined;
  /** goes on from the page that failed (or starts over when the first one did) */
  retry: () => void;
  /** starts over (after a change), keeping the current rows until the first fresh page arrives */
  reload: () => void;
  /** apply a local change right away (after a successful write) without refetching everything */
  patch: (update: (items: AlertingItem[]) => AlertingItem[]) => void;
}

interface State {
  /** the team and schema `items` belong to */
  scope: string;
  items: AlertingItem[];
  loading: boolean;
  complete: boolean;
  failure: Failure | undefined;
  /** the page key of the page that failed */
  resumeKey: string | undefined;
}

const scopeOf = (teamId: string | undefined, schemaId: AlertingSchemaId | undefined) => (teamId ? `${teamId}|${schemaId ?? ''}` : '');
const idle = (scope: string): State => ({ scope, items: [], loading: Boolean(scope), complete: !scope, failure: undefined, resumeKey: undefined });

export function useTeamInventory(teamId: string | undefined, schemaId?: AlertingSchemaId): Inventory {
  const scope = scopeOf(teamId, schemaId);
  const [state, setState] = useState<State>(() => idle(scope));
  const current = useRef<AbortController | undefined>();

  /** Starts a walk at `from` (undefined: the first page); `append` keeps the loaded items. */
  const start = useCallback((from: string | undefined, append: boolean, usePrefetch: boolean) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    if (!teamId) {
      setState(idle(''));
      return;
    }
    setState((s) => (s.scope === scope ? { ...s, loading: true, failure: undefined } : idle(scope)));
    let replace = !append;
    const fetchPage = async (pageKey: string | undefined, glance: boolean): Promise<PageAnswer> => {
      // the prefetch asked for the glance (see inventoryPrefetch)
      const prefetched = usePrefetch && glance ? takeFirstInventoryPage(teamId, schemaId) : undefined;
      const early = prefetched ? await answerOf('list-team-alerting', prefetched) : undefined;
      // a prefetched failure (e.g. a team id from a stale context) is asked again, fresh
      if (early?.status === 'ok') return early;
      return callFunction('list-team-alerting', pageKey ? { pageKey } : firstPageRequest(teamId, schemaId, glance), controller.signal);
    };
    walkInventory({
      from,
      // the first load glances; a reload keeps the rows it has until its first full page
      glance: usePrefetch,
      fetchPage,
      signal: controller.signal,
      pause: afterNextPaint,
      onPage: (items, more, startsOver) => {
        const fresh = replace || startsOver;
        replace = false;
        setState((s) => ({ scope, items: fresh || s.scope !== scope ? items : appendPage(s.items, items), loading: more, complete: !more, failure: undefined, resumeKey: undefined }));
      },
      // resumeKey: undefined when the listing's first page failed, so a retry starts over
      onFailure: (failure, resumeKey) => setState((s) => ({ ...s, loading: false, failure, resumeKey })),
    }).catch(() => {
      // callFunction answers every failure as a value; this is a bug, shown rather than spinning forever
      if (!controller.signal.aborted) setState((s) => ({ ...s, loading: false, failure: callFailure('ui/unexpected', 'loading the objects failed unexpectedly') }));
    });
  }, [teamId, schemaId, scope]);

  useEffect(() => {
    start(undefined, false, true);
    return () => current.current?.abort();
  }, [start]);

  const reload = useCallback(() => start(undefined, false, false), [start]);
  const resumeKey = state.scope === scope ? state.resumeKey : undefined;
  const retry = useCallback(() => start(resumeKey, resumeKey !== undefined, false), [start, resumeKey]);
  const patch = useCallback((update: (items: AlertingItem[]) => AlertingItem[]) => setState((s) => ({ ...s, items: update(s.items) })), []);

  // until the state catches up with a new team or schema, show nothing of the previous one
  const mine = state.scope === scope ? state : idle(scope);
  // one object per state, so memoized consumers (the progress line) skip renders that change nothing here
  const { items, loading, complete, failure } = mine;
  return useMemo(() => ({ items, loading, complete, failure, retry, reload, patch }), [items, loading, complete, failure, retry, reload, patch]);
}
