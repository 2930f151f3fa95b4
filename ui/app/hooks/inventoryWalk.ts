/**
 * The page-by-page walk behind `useTeamInventory`, without React: asks for a page, hands it over,
 * asks for the next one. After the walk's first page it waits until that page is painted, so the
 * first rows do not compete with the next request; after that, the next request goes out before
 * a page is handed over, so the server works on it while the browser renders. A failed page ends
 * the walk with the key to resume from, so a retry goes on where it stopped instead of starting
 * over. A walk whose signal was aborted (another team, schema or persona, or a reload) reports
 * nothing any more.
 *
 * A walk that `glance`s asks first for a small answer (`GLANCE_ITEMS`): a function call answering
 * 500 items took ~90 ms longer than one answering 100, all of it before the first rows. When there
 * is more, it then walks the listing from its start in full pages (a glance's page key would go on
 * in pages of its small size, five times the calls), and that walk's first page replaces the glance.
 */
import type { AlertingItem, AlertingSchemaId, Failure, ListTeamAlertingRequest } from '../../../lib/contracts';

export type PageAnswer = { status: 'ok'; items: AlertingItem[]; nextPageKey?: string } | Failure;

/** The size of a glance: a full page of the largest table page. */
export const GLANCE_ITEMS = 100;

/** The request of a listing's first page for a team (and schema): the walk's, and the startup prefetch's that it takes over. */
export function firstPageRequest(teamId: string, schemaId: AlertingSchemaId | undefined, glance: boolean): ListTeamAlertingRequest {
  return { teamId, ...(schemaId ? { schemaIds: [schemaId] } : {}), ...(glance ? { maxItems: GLANCE_ITEMS } : {}) };
}

export interface InventoryWalk {
  /** the first page to ask for: undefined = the listing's first page */
  from: string | undefined;
  /** first ask for a glance (only for a walk from the listing's first page) */
  glance?: boolean;
  /** `glance`: answer with at most GLANCE_ITEMS items */
  fetchPage: (pageKey: string | undefined, glance: boolean) => Promise<PageAnswer>;
  /** a page arrived; `more`: further pages follow; `startsOver`: it replaces the glance handed over before */
  onPage: (items: AlertingItem[], more: boolean, startsOver: boolean) => void;
  /** the page at `resumeKey` failed (undefined: the listing's first page) */
  onFailure: (failure: Failure, resumeKey: string | undefined) => void;
  /** waits after the walk's first page (the UI: until it is painted) */
  pause: () => Promise<void>;
  signal: AbortSignal;
}

export async function walkInventory(walk: InventoryWalk): Promise<void> {
  let pageKey = walk.from;
  const glancing = walk.glance === true && pageKey === undefined;
  let request = walk.fetchPage(pageKey, glancing);
  let startsOver = false;
  for (let first = true; ; first = false) {
    let answer: PageAnswer;
    try {
      answer = await request;
    } catch (error) {
      if (walk.signal.aborted) return;
      throw error;
    }
    if (walk.signal.aborted) return;
    if (answer.status !== 'ok') {
      walk.onFailure(answer, pageKey);
      return;
    }
    const next = answer.nextPageKey;
    if (next !== undefined && !first) request = walk.fetchPage(next, false);
    walk.onPage(answer.items, next !== undefined, startsOver);
    startsOver = false;
    if (next === undefined) return;
    if (first) {
      await walk.pause();
      if (walk.signal.aborted) return;
      if (glancing) {
        // from the start again, in full pages; a failure there resumes from the start too
        request = walk.fetchPage(undefined, false);
        startsOver = true;
        pageKey = undefined;
        continue;
      }
      request = walk.fetchPage(next, false);
    }
    pageKey = next;
  }
}

/** `items` followed by the page's items it does not have yet (a page can repeat an object when the listing changed in between). */
export function appendPage(items: AlertingItem[], page: AlertingItem[]): AlertingItem[] {
  if (items.length === 0) return page;
  const known = new Set(items.map((i) => i.objectId));
  const fresh = page.filter((i) => !known.has(i.objectId));
  return fresh.length === 0 ? items : items.concat(fresh);
}

/** Resolves once the browser has painted what was just rendered (or after a short while when frames are not running, as in a background tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
