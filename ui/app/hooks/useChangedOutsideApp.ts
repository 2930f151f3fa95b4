/**
 * Review findings for objects whose latest change bypassed the app: reads the team's settings
 * history of the last year (the longest range the function accepts; every page, at most MAX_PAGES
 * calls) and keeps, per object, the latest revision not made by this app. The history comes newest
 * first, so every page read so far already holds the latest revision of each object in it: the
 * findings stream in page by page (a small first page answers fast), and an object not reached yet
 * simply has no finding yet. A failure leaves the map empty and says so; the inventory still shows. The
 * findings name people as `usePeople` resolves them.
 */
import { getAppId } from '@dynatrace-sdk/app-environment';
import { useEffect, useMemo, useState } from 'react';
import type { Failure, Finding, Revision } from '../../../lib/contracts';
import { changedOutsideAppFindings } from '../../../lib/review/provenance';
import { formatPerson } from '../format';
import { answerOf, callFunction } from './callFunction';
import { provenanceFirstRequest, takeProvenanceHistory } from './inventoryPrefetch';
import { usePeople } from './usePeople';

const MAX_PAGES = 20;

export interface ChangedOutsideApp {
  findings: Map<string, Finding>;
  /** the revisions read (the review's changes over time) */
  revisions: Revision[];
  loading: boolean;
  failure: Failure | undefined;
}

/** `callerId`: the caller, whom the findings call "(you)". */
export function useChangedOutsideApp(teamId: string | undefined, callerId: string | undefined): ChangedOutsideApp {
  const [state, setState] = useState<{ revisions: Revision[]; loading: boolean; failure: Failure | undefined }>({ revisions: [], loading: false, failure: undefined });
  useEffect(() => {
    if (!teamId) return undefined;
    const controller = new AbortController();
    setState({ revisions: [], loading: true, failure: undefined });
    void (async () => {
      const revisions: Revision[] = [];
      let pageKey: string | undefined;
      // started at startup for a review URL (ui/earlyStart); a failed early answer is asked again
      const early = takeProvenanceHistory(teamId);
      const earlyAnswer = early ? await answerOf('get-alerting-history', early) : undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        // the page key carries the range of the first call
        const r = page === 0 && earlyAnswer?.status === 'ok'
          ? earlyAnswer
          : await callFunction('get-alerting-history', pageKey ? { teamId, pageKey } : provenanceFirstRequest(teamId, Date.now()), controller.signal).catch(() => undefined);
        if (controller.signal.aborted) return;
        if (!r || r.status !== 'ok') {
          setState({ revisions: [], loading: false, failure: r });
          return;
        }
        revisions.push(...r.revisions);
        pageKey = r.nextPageKey;
        if (!pageKey) break;
        setState({ revisions: [...revisions], loading: true, failure: undefined });
      }
      setState({ revisions, loading: false, failure: undefined });
    })();
    return () => controller.abort();
  }, [teamId]);
  // the findings name who made the change: worded again when the names arrive, without reading the history again
  const personOf = usePeople(useMemo(() => state.revisions.map((r) => r.modifiedBy), [state.revisions]));
  const findings = useMemo(
    () => changedOutsideAppFindings(state.revisions, getAppId(), (id) => formatPerson(personOf(id), callerId).text),
    [state.revisions, personOf, callerId],
  );
  return { findings, revisions: state.revisions, loading: state.loading, failure: state.failure };
}
