/**
 * Starts the first inventory page of a workspace URL while the page's code is still loading:
 * at startup (`ui/earlyStart`), if the tab already knows the caller's teams (the last
 * get-context answer), the request goes out at once instead of after the lazy page chunk and
 * get-context. The workspace's inventory hook takes the answer if it asks for the same team and
 * schema within a few seconds. The function still checks everything: a stale team id only earns
 * a `forbidden` answer.
 *
 * Only the request is sent here (plain `functions.call`): the answer is read and checked against
 * the contract by whoever takes it (`answerOf`), so startup does not wait for the contracts' code.
 */
import { functions } from '@dynatrace-sdk/app-utils';
import type { AlertingSchemaId } from '../../../lib/alerting/schema-ids';
import { schemaPageBySlug } from '../schemas';
import { firstPageRequest } from './inventoryWalk';

type FirstPage = Promise<Response>;

const MAX_AGE_MS = 10_000;
const pending = new Map<string, { at: number; page: FirstPage }>();
/** settles once every first page prefetched so far has answered (or failed) */
let answered: Promise<unknown> = Promise.resolve();
const keyOf = (teamId: string, schemaId: AlertingSchemaId) => `${teamId}|${schemaId}`;

export function prefetchFirstInventoryPage(teamId: string, schemaId: AlertingSchemaId): void {
  const key = keyOf(teamId, schemaId);
  if (pending.has(key)) return;
  // the walk's glance (see inventoryWalk): the small first answer the first rows wait for
  const page = functions.call('list-team-alerting', { data: firstPageRequest(teamId, schemaId, true) });
  // a failure belongs to the taker (it asks again); one nobody takes is not an unhandled rejection
  page.catch(() => undefined);
  pending.set(key, { at: Date.now(), page });
  answered = Promise.allSettled([answered, page]);
}

/**
 * Resolves once the prefetched first pages have answered, or after `maxWaitMs`: a reload that
 * renders from the tab's cached get-context answer asks for the fresh one after that, so the
 * two function calls do not start side by side while the page waits for the first.
 */
export function prefetchesAnswered(maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    void answered.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The prefetched first page's response for this team and schema, once; undefined when there is none (or it is old). */
export function takeFirstInventoryPage(teamId: string, schemaId: AlertingSchemaId | undefined): FirstPage | undefined {
  if (!schemaId) return undefined;
  const key = keyOf(teamId, schemaId);
  const hit = pending.get(key);
  pending.delete(key);
  return hit && Date.now() - hit.at < MAX_AGE_MS ? hit.page : undefined;
}

/** For the app path `/workspace/<slug>` (`?team=<id>`): the team (the URL's, else the first known) and schema to prefetch. */
export function workspaceTarget(appPath: string, search: string, knownTeamIds: readonly string[]): { teamId: string; schemaId: AlertingSchemaId } | undefined {
  const m = /^\/workspace\/([a-z-]+)\/?$/.exec(appPath);
  const page = schemaPageBySlug(m?.[1]);
  if (!page) return undefined;
  const wanted = new URLSearchParams(search).get('team');
  const teamId = wanted && knownTeamIds.includes(wanted) ? wanted : knownTeamIds[0];
  return teamId ? { teamId, schemaId: page.schemaId } : undefined;
}
