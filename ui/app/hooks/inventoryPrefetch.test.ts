jest.mock('./callFunction', () => ({ callFunction: jest.fn(() => Promise.resolve({ status: 'ok', items: [] })) }));
import { callFunction } from './callFunction';
import { prefetchFirstInventoryPage, takeFirstInventoryPage, workspaceTarget } from './inventoryPrefetch';

describe('prefetching the first workspace page', () => {
  it('targets the URL team when the caller has it, else the first known team, only on workspace URLs', () => {
    expect(workspaceTarget('/ui/workspace/alerting-profiles', '?team=search', ['checkout', 'search'])).toEqual({ teamId: 'search', schemaId: 'builtin:alerting.profile' });
    expect(workspaceTarget('/ui/workspace/alerting-profiles', '?team=payments', ['checkout'])).toEqual({ teamId: 'checkout', schemaId: 'builtin:alerting.profile' });
    expect(workspaceTarget('/ui/workspace/alerting-profiles', '', [])).toBeUndefined();
    expect(workspaceTarget('/ui/review', '', ['checkout'])).toBeUndefined();
    expect(workspaceTarget('/ui/workspace/nope', '', ['checkout'])).toBeUndefined();
  });

  it('hands the request to the first matching taker only, and makes it once', async () => {
    prefetchFirstInventoryPage('checkout', 'builtin:monitoring.slo');
    prefetchFirstInventoryPage('checkout', 'builtin:monitoring.slo');
    expect(callFunction).toHaveBeenCalledTimes(1);
    expect(callFunction).toHaveBeenCalledWith('list-team-alerting', { teamId: 'checkout', schemaIds: ['builtin:monitoring.slo'] });
    expect(takeFirstInventoryPage('search', 'builtin:monitoring.slo')).toBeUndefined();
    await expect(takeFirstInventoryPage('checkout', 'builtin:monitoring.slo')).resolves.toEqual({ status: 'ok', items: [] });
    expect(takeFirstInventoryPage('checkout', 'builtin:monitoring.slo')).toBeUndefined();
  });
});
