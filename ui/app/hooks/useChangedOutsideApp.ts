/**
 * Review findings for objects whose latest change bypassed the app: reads the team's settings
 * history of the last year (the longest range the function accepts; every page, at most MAX_PAGES
 * calls) and keeps, per object, the latest revision not made by this app. A failure leaves the
 * map empty and says so; the inventory still shows.
 */
import { getAppId } from '@dynatrace-sdk/app-environment';
import { useEffect, useState } from 'react';
import type { Failure, Finding, Revision } from '../../../lib/contracts';
import { presetRange } from '../../../lib/review/history-range';
import { changedOutsideAppFindings } from '../../../lib/review/provenance';
import { callFunction } from './callFunction';

const MAX_PAGES = 10;

export interface ChangedOutsideApp {
  findings: Map<string, Finding>;
  loading: boolean;
  failure: Failure | undefined;
}

export function useChangedOutsideApp(teamId: string | undefined, describeUser?: (id: string) => string): ChangedOutsideApp {
  const [state, setState] = useState<ChangedOutsideApp>({ findings: new Map(), loading: false, failure: undefined });
  useEffect(() => {
    if (!teamId) return undefined;
    const controller = new AbortController();
    setState({ findings: new Map(), loading: true, failure: undefined });
    void (async () => {
      const revisions: Revision[] = [];
      const lastYear = presetRange('1y', Date.now());
      let pageKey: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        // the page key carries the range of the first call
        const r = await callFunction('get-alerting-history', { teamId, ...(pageKey ? { pageKey } : lastYear) }, controller.signal).catch(() => undefined);
        if (controller.signal.aborted) return;
        if (!r || r.status !== 'ok') {
          setState({ findings: new Map(), loading: false, failure: r });
          return;
        }
        revisions.push(...r.revisions);
        pageKey = r.nextPageKey;
        if (!pageKey) break;
      }
      setState({ findings: changedOutsideAppFindings(revisions, getAppId(), describeUser), loading: false, failure: undefined });
    })();
    return () => controller.abort();
    // describeUser is a display helper; a new function identity must not refetch the history
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [teamId]);
  return state;
}
