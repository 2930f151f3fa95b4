jest.mock('@dynatrace-sdk/app-utils', () => ({ functions: { call: jest.fn(() => Promise.resolve(new Response('{"status":"ok","items":[]}'))) } }));
import { functions } from '@dynatrace-sdk/app-utils';
import { answerOf } from './callFunction';
import { presetRange } from '../../../lib/review/history-range';
import {
  earlyTimelineRange, prefetchesAnswered, prefetchFirstInventoryPage, prefetchTimelineFirstPage, reviewTarget, takeFirstInventoryPage, takeTimelineFirstPage, TIMELINE_FIRST_PAGE, timelineFirstRequest, workspaceTarget,
} from './inventoryPrefetch';
import { GLANCE_ITEMS } from './inventoryWalk';

describe('prefetching the first workspace page', () => {
  it('targets the URL team when the caller has it, else the first known team, only on workspace URLs', () => {
    expect(workspaceTarget('/workspace/alerting-profiles', '?team=search', ['checkout', 'search'])).toEqual({ teamId: 'search', schemaId: 'builtin:alerting.profile' });
    expect(workspaceTarget('/workspace/alerting-profiles', '?team=payments', ['checkout'])).toEqual({ teamId: 'checkout', schemaId: 'builtin:alerting.profile' });
    expect(workspaceTarget('/workspace/alerting-profiles', '', [])).toBeUndefined();
    expect(workspaceTarget('/review', '', ['checkout'])).toBeUndefined();
    expect(workspaceTarget('/workspace/nope', '', ['checkout'])).toBeUndefined();
  });

  it('hands the request to the first matching taker only, and makes it once', async () => {
    prefetchFirstInventoryPage('checkout', 'builtin:monitoring.slo');
    prefetchFirstInventoryPage('checkout', 'builtin:monitoring.slo');
    expect(functions.call).toHaveBeenCalledTimes(1);
    // the walk's glance: the small first answer (see inventoryWalk)
    expect(functions.call).toHaveBeenCalledWith('list-team-alerting', { data: { teamId: 'checkout', schemaIds: ['builtin:monitoring.slo'], maxItems: GLANCE_ITEMS } });
    expect(takeFirstInventoryPage('search', 'builtin:monitoring.slo')).toBeUndefined();
    const taken = takeFirstInventoryPage('checkout', 'builtin:monitoring.slo');
    expect(taken).toBeDefined();
    // the taker reads the answer against the contract, as for any call
    await expect(answerOf('list-team-alerting', taken!)).resolves.toEqual({ status: 'ok', items: [] });
    expect(takeFirstInventoryPage('checkout', 'builtin:monitoring.slo')).toBeUndefined();
  });

  it('a failed prefetch is an answer for the taker, never an unhandled rejection', async () => {
    (functions.call as jest.Mock).mockImplementationOnce(() => Promise.reject(new Error('offline')));
    prefetchFirstInventoryPage('checkout', 'builtin:alerting.profile');
    const taken = takeFirstInventoryPage('checkout', 'builtin:alerting.profile');
    await expect(answerOf('list-team-alerting', taken!)).resolves.toMatchObject({ status: 'error', diagnostics: [{ code: 'ui/network' }] });
  });

  it('says when the prefetched pages have answered, or gives up waiting after the limit', async () => {
    let answer: (r: Response) => void = () => undefined;
    (functions.call as jest.Mock).mockImplementationOnce(() => new Promise<Response>((resolve) => { answer = resolve; }));
    prefetchFirstInventoryPage('search', 'builtin:alerting.profile');
    let done = false;
    const waiting = prefetchesAnswered(60_000).then(() => { done = true; });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    answer(new Response('{"status":"ok","items":[]}'));
    await waiting;

    (functions.call as jest.Mock).mockImplementationOnce(() => new Promise<Response>(() => undefined));
    prefetchFirstInventoryPage('search', 'builtin:problem.notifications');
    await expect(prefetchesAnswered(30)).resolves.toBeUndefined();
  });
});

describe('prefetching the review', () => {
  it('targets the URL team when the caller has it, else the first known team, only on the review URL', () => {
    expect(reviewTarget('/review', '?team=search', ['checkout', 'search'])).toEqual({ teamId: 'search' });
    expect(reviewTarget('/review', '?team=payments', ['checkout'])).toEqual({ teamId: 'checkout' });
    expect(reviewTarget('/review', '', [])).toBeUndefined();
    expect(reviewTarget('/workspace/alerting-profiles', '', ['checkout'])).toBeUndefined();
  });

  it('asks for the glance of all five schemas and the timeline\'s first page, each for its one taker', () => {
    (functions.call as jest.Mock).mockClear();
    prefetchFirstInventoryPage('mobile', undefined);
    prefetchTimelineFirstPage('mobile');
    expect(functions.call).toHaveBeenCalledWith('list-team-alerting', { data: { teamId: 'mobile', maxItems: GLANCE_ITEMS } });
    const history = (functions.call as jest.Mock).mock.calls.find(([name]) => name === 'get-alerting-history');
    expect(history?.[1].data).toMatchObject({ teamId: 'mobile', pageSize: TIMELINE_FIRST_PAGE });
    expect(takeFirstInventoryPage('mobile', 'builtin:alerting.profile')).toBeUndefined();
    expect(takeFirstInventoryPage('mobile', undefined)).toBeDefined();
    // the range picker starts with the early page's range, so the timeline asks for exactly that page
    const range = earlyTimelineRange();
    expect(range).toEqual({ from: history?.[1].data.from, to: history?.[1].data.to });
    expect(takeTimelineFirstPage('mobile', range!.from, new Date(Date.parse(range!.to) + 1).toISOString())).toBeUndefined();
    expect(takeTimelineFirstPage('search', range!.from, range!.to)).toBeUndefined();
    expect(takeTimelineFirstPage('mobile', range!.from, range!.to)).toBeDefined();
    expect(takeTimelineFirstPage('mobile', range!.from, range!.to)).toBeUndefined();
    // once taken, a later visit starts with a range of its own
    expect(earlyTimelineRange()).toBeUndefined();
  });

  it('asks for the range the review\'s history presets call 30 days', () => {
    const now = Date.parse('2026-12-04T09:00:00Z');
    expect(timelineFirstRequest('checkout', now)).toEqual({ teamId: 'checkout', ...presetRange('30d', now), pageSize: TIMELINE_FIRST_PAGE });
  });
});
