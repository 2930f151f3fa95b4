/**
 * The history of the team (or one object) in the chosen range, page by page, newest first: a
 * small first page (TIMELINE_FIRST_PAGE revisions, shown at once; on a review opened by URL it was
 * asked at startup, see inventoryPrefetch), then older pages in the background
 * (each after the previous one is painted) until AUTO_REVISIONS are loaded; beyond that the user
 * asks for more (`loadMore`). A failed later page keeps what is loaded; `loadMore` retries it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Failure, HistoryRange, Revision } from '../../../../lib/contracts';
import { answerOf, callFailure, callFunction } from '../../hooks/callFunction';
import { takeTimelineFirstPage, TIMELINE_FIRST_PAGE } from '../../hooks/inventoryPrefetch';

const LATER_PAGE = 500;
const AUTO_REVISIONS = 5000;

export interface HistoryPages {
  revisions: Revision[];
  /** the range the function covers (after the first page) */
  range: HistoryRange | undefined;
  /** the first page is on its way */
  loading: boolean;
  /** older pages are on their way */
  loadingMore: boolean;
  /** every revision of the range is loaded */
  complete: boolean;
  failure: Failure | undefined;
  /** loads the next older pages (after a failure, or beyond the automatic limit) */
  loadMore: () => void;
  reload: () => void;
}

interface State {
  revisions: Revision[];
  range: HistoryRange | undefined;
  nextPageKey: string | undefined;
  loading: boolean;
  loadingMore: boolean;
  failure: Failure | undefined;
}

const START: State = { revisions: [], range: undefined, nextPageKey: undefined, loading: true, loadingMore: false, failure: undefined };
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function useHistoryPages(teamId: string, objectId: string | undefined, from: string, to: string): HistoryPages {
  const [state, setState] = useState<State>(START);
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | undefined>();

  /** Fetches pages from `key` on, appending, until the automatic limit (or one page when asked by the user). */
  const walk = useCallback(async (signal: AbortSignal, key: string | undefined, loaded: number, pages: number) => {
    let pageKey = key;
    let count = loaded;
    for (let page = 0; page < pages && (page === 0 || count < AUTO_REVISIONS); page++) {
      const first = pageKey === undefined;
      const payload = first ? { ...(objectId ? { objectId } : { teamId }), from, to, pageSize: TIMELINE_FIRST_PAGE } : { pageKey, pageSize: LATER_PAGE };
      const early = first && !objectId ? takeTimelineFirstPage(teamId, from, to) : undefined;
      const earlyAnswer = early ? await answerOf('get-alerting-history', early) : undefined;
      // a failed early answer is asked again
      const r = earlyAnswer?.status === 'ok' ? earlyAnswer : await callFunction('get-alerting-history', payload, signal).catch(() => undefined);
      if (signal.aborted) return;
      if (!r || r.status !== 'ok') {
        const failure = r ?? callFailure('ui/network', 'the app could not reach the server', 'check your connection and try again');
        setState((s) => ({ ...s, loading: false, loadingMore: false, failure }));
        return;
      }
      count += r.revisions.length;
      pageKey = r.nextPageKey;
      const more = pageKey !== undefined && page + 1 < pages && count < AUTO_REVISIONS;
      setState((s) => ({
        revisions: first ? r.revisions : [...s.revisions, ...r.revisions],
        range: r.range,
        nextPageKey: r.nextPageKey,
        loading: false,
        loadingMore: more,
        failure: undefined,
      }));
      if (!pageKey) return;
      await afterPaint();
      if (signal.aborted) return;
    }
  }, [teamId, objectId, from, to]);

  useEffect(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState(START);
    void walk(c.signal, undefined, 0, Number.POSITIVE_INFINITY);
    return () => c.abort();
  }, [walk, generation]);

  const loadMore = useCallback(() => {
    const c = controller.current;
    if (!c || c.signal.aborted || !state.nextPageKey || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true, failure: undefined }));
    void walk(c.signal, state.nextPageKey, 0, 1);
  }, [walk, state.nextPageKey, state.loadingMore]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    revisions: state.revisions,
    range: state.range,
    loading: state.loading,
    loadingMore: state.loadingMore,
    complete: !state.loading && !state.nextPageKey && !state.failure,
    failure: state.failure,
    loadMore,
    reload,
  };
}
