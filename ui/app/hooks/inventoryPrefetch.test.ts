jest.mock('@dynatrace-sdk/app-utils', () => ({ functions: { call: jest.fn(() => Promise.resolve(new Response('{"status":"ok","items":[]}'))) } }));
import { functions } from '@dynatrace-sdk/app-utils';
import { answerOf } from './callFunction';
import { prefetchesAnswered, prefetchFirstInventoryPage, takeFirstInventoryPage, workspaceTarget } from './inventoryPrefetch';
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
