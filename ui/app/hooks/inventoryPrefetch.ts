/**
 * Starts the first answers of a workspace or review URL while the page's code is still loading:
 * at startup (`ui/earlyStart`), if the tab already knows the caller's teams (the last
 * get-context answer), the request goes out at once instead of after the lazy page chunk and
 * get-context. The hook that makes the same call (the inventory walk of the same team and schemas,
 * the review's history timeline) takes the answer if it asks within a few seconds. The function
 * still checks everything: a stale team id only earns a `forbidden` answer.
 *
 * Only what the page's first render waits for starts here: on 2 cores every call that runs beside
 * those slows them down, so the reads that can come later (the review's changes made outside the
 * app, the change requests, the fresh get-context) wait for these answers.
 *
 * Only the request is sent here (plain `functions.call`): the answer is read and checked against
 * the contract by whoever takes it (`answerOf`), so startup does not wait for the contracts' code.
 */
import { functions } from '@dynatrace-sdk/app-utils';
import type { AlertingSchemaId } from '../../../lib/alerting/schema-ids';
import { schemaPageBySlug } from '../schemas';
import { firstPageRequest } from './inventoryWalk';

type Early = Promise<Response>;

const MAX_AGE_MS = 10_000;
const DAY_MS = 24 * 60 * 60_000;
/** the history timeline's first page (HistoryPages); older pages follow in larger ones */
export const TIMELINE_FIRST_PAGE = 100;
/** the timeline's default range (the `30d` preset of lib/review/history-range) */
const TIMELINE_DEFAULT_DAYS = 30;
const pending = new Map<string, { at: number; answer: Early }>();
/** settles once every call started early so far has answered (or failed) */
let answered: Promise<unknown> = Promise.resolve();

/** Starts a function call now, to be taken once (`takeEarly`) by the hook that would make it. */
function startEarly(key: string, name: string, data: unknown): void {
  if (pending.has(key)) return;
  const answer = functions.call(name, { data });
  // a failure belongs to the taker (it asks again); one nobody takes is not an unhandled rejection
  answer.catch(() => undefined);
  pending.set(key, { at: Date.now(), answer });
  answered = Promise.allSettled([answered, answer]);
}

function takeEarly(key: string): Early | undefined {
  const hit = pending.get(key);
  pending.delete(key);
  return hit && Date.now() - hit.at < MAX_AGE_MS ? hit.answer : undefined;
}

const inventoryKey = (teamId: string, schemaId: AlertingSchemaId | undefined) => `inventory|${teamId}|${schemaId ?? '*'}`;
const timelineKey = (teamId: string, from: string, to: string) => `timeline|${teamId}|${from}|${to}`;
/** the range of the timeline page started early, which the review's range picker then starts with */
let earlyTimeline: { at: number; range: { from: string; to: string } } | undefined;

/** The walk's glance (see inventoryWalk) of one schema, or of all five (`schemaId` undefined: the review). */
export function prefetchFirstInventoryPage(teamId: string, schemaId: AlertingSchemaId | undefined): void {
  startEarly(inventoryKey(teamId, schemaId), 'list-team-alerting', firstPageRequest(teamId, schemaId, true));
}

/** The prefetched glance's response for this team and schema, once; undefined when there is none (or it is old). */
export function takeFirstInventoryPage(teamId: string, schemaId: AlertingSchemaId | undefined): Early | undefined {
  return takeEarly(inventoryKey(teamId, schemaId));
}

/** The first page of the review's history timeline, in its default range (the last 30 days, ending now). */
export function prefetchTimelineFirstPage(teamId: string): void {
  const request = timelineFirstRequest(teamId, Date.now());
  earlyTimeline = { at: Date.now(), range: { from: request.from, to: request.to } };
  startEarly(timelineKey(teamId, request.from, request.to), 'get-alerting-history', request);
}

/** The range of the timeline page started early, while it is fresh: the range picker's first value, so the timeline takes that page. */
export function earlyTimelineRange(): { from: string; to: string } | undefined {
  return earlyTimeline && Date.now() - earlyTimeline.at < MAX_AGE_MS ? earlyTimeline.range : undefined;
}

/** The prefetched first timeline page of this team and range, once; undefined when there is none (or it is old). */
export function takeTimelineFirstPage(teamId: string, from: string, to: string): Early | undefined {
  // a later visit to the review starts with a range ending then
  earlyTimeline = undefined;
  return takeEarly(timelineKey(teamId, from, to));
}

/**
 * The timeline's first call in its default range: presetRange('30d') of lib/review/history-range,
 * written out because that module brings the diagnostics catalog, which startup must not evaluate
 * (the unit test holds the two equal).
 */
export function timelineFirstRequest(teamId: string, now: number): { teamId: string; from: string; to: string; pageSize: number } {
  return { teamId, from: new Date(now - TIMELINE_DEFAULT_DAYS * DAY_MS).toISOString(), to: new Date(now).toISOString(), pageSize: TIMELINE_FIRST_PAGE };
}

/**
 * Resolves once the calls started early have answered, or after `maxWaitMs`: a reload that
 * renders from the tab's cached get-context answer asks for the fresh one after that, so the
 * function calls do not start side by side while the page waits for the first.
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

/** For the app path `/workspace/<slug>` (`?team=<id>`): the team (the URL's, else the first known) and schema to prefetch. */
export function workspaceTarget(appPath: string, search: string, knownTeamIds: readonly string[]): { teamId: string; schemaId: AlertingSchemaId } | undefined {
  const m = /^\/workspace\/([a-z-]+)\/?$/.exec(appPath);
  const page = schemaPageBySlug(m?.[1]);
  if (!page) return undefined;
  const wanted = new URLSearchParams(search).get('team');
  const teamId = wanted && knownTeamIds.includes(wanted) ? wanted : knownTeamIds[0];
  return teamId ? { teamId, schemaId: page.schemaId } : undefined;
}

/** For the app path `/review` (`?team=<id>`): the team whose review opens (the URL's, else the first known). */
export function reviewTarget(appPath: string, search: string, knownTeamIds: readonly string[]): { teamId: string } | undefined {
  if (!/^\/review\/?$/.test(appPath)) return undefined;
  const wanted = new URLSearchParams(search).get('team');
  const teamId = wanted && knownTeamIds.includes(wanted) ? wanted : knownTeamIds[0];
  return teamId ? { teamId } : undefined;
}
