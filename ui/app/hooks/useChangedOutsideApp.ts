/**
 * Review findings for objects whose latest change bypassed the app: reads the team's settings
 * history of the last year (the longest range the function accepts; every page, at most MAX_PAGES
 * calls) and keeps, per object, the latest revision not made by this app. The history comes newest
 * first, so every page read so far already holds the latest revision of each object in it: the
 * findings stream in page by page (a small first page answers fast), and an object not reached yet
 * simply has no finding yet. A failure leaves the map empty and says so; the inventory still shows. The
 * findings name people as `usePeople` resolves them. The read starts once `ready` (the review's
 * first objects are in): on 2 cores it would otherwise slow down the page's first answers.
 */
import { getAppId } from '@dynatrace-sdk/app-environment';
import { useEffect, useMemo, useState } from 'react';
import type { Failure, Finding, Revision } from '../../../lib/contracts';
import { changedOutsideAppFindings } from '../../../lib/review/provenance';
import { formatPerson } from '../format';
import { presetRange } from '../../../lib/review/history-range';
import { callFunction } from './callFunction';
import { usePeople } from './usePeople';

const MAX_PAGES = 20;
/** the first answer: small, so the first findings come early; the platform keeps this page size for the calls that continue (each reads several pages) */
export const PROVENANCE_FIRST_PAGE = 200;

/** The first call: the last year (the longest range the function takes), a small first page. */
export const provenanceFirstRequest = (teamId: string, now: number) => ({ teamId, ...presetRange('1y', now), pageSize: PROVENANCE_FIRST_PAGE });

export interface ChangedOutsideApp {
  findings: Map<string, Finding>;
  /** the revisions read (the review's changes over time) */
  revisions: Revision[];
  loading: boolean;
  failure: Failure | undefined;
}

/** `callerId`: the caller, whom the findings call "(you)"; `ready`: the read may start. */
export function useChangedOutsideApp(teamId: string | undefined, callerId: string | undefined, ready: boolean): ChangedOutsideApp {
  const [state, setState] = useState<{ revisions: Revision[]; loading: boolean; failure: Failure | undefined }>({ revisions: [], loading: false, failure: undefined });
  // once ready for a team, the read runs to its end even if `ready` drops again (a reload of the inventory)
  const [readyTeam, setReadyTeam] = useState<string | undefined>();
  if (ready && teamId !== undefined && readyTeam !== teamId) setReadyTeam(teamId);
  const go = teamId !== undefined && readyTeam === teamId;
  useEffect(() => {
    if (!teamId) return undefined;
    setState({ revisions: [], loading: true, failure: undefined });
    if (!go) return undefined;
    const controller = new AbortController();
    void (async () => {
      const revisions: Revision[] = [];
      let pageKey: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        // the page key carries the range of the first call
        const r = await callFunction('get-alerting-history', pageKey ? { teamId, pageKey } : provenanceFirstRequest(teamId, Date.now()), controller.signal).catch(() => undefined);
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
  }, [teamId, go]);
  // the findings name who made the change: worded again when the names arrive, without reading the history again
  const personOf = usePeople(useMemo(() => state.revisions.map((r) => r.modifiedBy), [state.revisions]));
  const findings = useMemo(
    () => changedOutsideAppFindings(state.revisions, getAppId(), (id) => formatPerson(personOf(id), callerId).text),
    [state.revisions, personOf, callerId],
  );
  return { findings, revisions: state.revisions, loading: state.loading, failure: state.failure };
}
