/**
 * Imported first by `main.tsx`, so it runs before the rest of the initial bundle (React, Strato,
 * the function contracts) is evaluated: evaluating that 841 kB bundle and rendering the shell took
 * ~300 ms of a 2-core machine before anything was asked for. For a reload or a deep link it
 * starts, at once and side by side, what the page will wait for:
 * - the code of the URL's page (its lazy chunk), instead of when the router first renders it;
 * - for a workspace URL, the first inventory page; for a review URL, the first inventory page of
 *   all five schemas and the first page of the history timeline (see `inventoryPrefetch`).
 * Keep its imports light: everything it imports is evaluated before it runs.
 */
import { cachedTeamIds } from './app/hooks/callerCache';
import { prefetchFirstInventoryPage, prefetchTimelineFirstPage, reviewTarget, workspaceTarget } from './app/hooks/inventoryPrefetch';
import { appPathOf, pageChunkFor } from './app/pageChunks';

const appPath = appPathOf(window.location.pathname);
const target = workspaceTarget(appPath, window.location.search, cachedTeamIds());
if (target) prefetchFirstInventoryPage(target.teamId, target.schemaId);
const review = reviewTarget(appPath, window.location.search, cachedTeamIds());
if (review) {
  prefetchFirstInventoryPage(review.teamId, undefined);
  prefetchTimelineFirstPage(review.teamId);
}

// a failed load is reported by the page's own lazy import
pageChunkFor(appPath)?.().catch(() => undefined);
