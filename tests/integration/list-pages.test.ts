/**
 * `list-team-alerting` in pages through the built function in the js-runtime (tracker issue 5):
 * with thousands of objects every answer stays bounded (about 500 items, at a Settings page
 * boundary; a call that had to re-read the team's profiles for notifications that many more), a walk with only the page key covers each object exactly once, and a page key is
 * never a way into another team's objects.
 */
import { listAllPages } from '../support/list-pages';
import { startLocalStack, type LocalStack } from '../support/local-stack';

jest.setTimeout(180_000);

const PROFILE = 'builtin:alerting.profile';
const NOTIFICATION = 'builtin:problem.notifications';
let stack: LocalStack;

async function seed(schemaId: string, count: number, teamId: string): Promise<void> {
  const r = await fetch(`${stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId, count, teamId }) });
  if (!r.ok) throw new Error(`seed-bulk answered ${r.status}: ${await r.text()}`);
}

beforeAll(async () => {
  stack = await startLocalStack();
  await seed(PROFILE, 1_200, 'checkout');
  await seed(PROFILE, 1_200, 'search');
  await seed(NOTIFICATION, 700, 'checkout');
}, 120_000);
afterAll(async () => stack?.close());

describe('list-team-alerting in pages', () => {
  it('answers a large team in bounded pages and covers every object once', async () => {
    const sizes: number[] = [];
    const ids: string[] = [];
    let pageKey: string | undefined;
    do {
      const r = await stack.call('Max Member', 'list-team-alerting', pageKey ? { pageKey } : {});
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('ok');
      sizes.push(r.body.items.length);
      for (const item of r.body.items as Array<{ objectId: string; teamId: string }>) {
        expect(item.teamId).toBe('checkout');
        ids.push(item.objectId);
      }
      pageKey = r.body.nextPageKey;
    } while (pageKey);
    expect(new Set(ids).size).toBe(ids.length);

    // the same objects as one walk per schema, each of which covers the team's share of it
    const perSchema = await Promise.all([PROFILE, NOTIFICATION].map((s) => listAllPages(stack, 'Max Member', { schemaIds: [s] })));
    const bySchema = perSchema.map((p) => p.body.items.length);
    expect(bySchema[0]).toBeGreaterThanOrEqual(1_200);
    expect(bySchema[1]).toBeGreaterThanOrEqual(700);

    expect(sizes.length).toBeGreaterThanOrEqual(3); // 1,200+ profiles, then 700+ notifications
    // the first call lists profiles only: one Settings page past 500 at most
    expect(sizes[0]).toBeGreaterThanOrEqual(500);
    expect(sizes[0]).toBeLessThan(1000);
    // a call that re-read the team's profiles to own notifications may answer that many more
    expect(Math.max(...sizes)).toBeLessThan(500 + bySchema[0]! + 500);
    const all = await listAllPages(stack, 'Max Member');
    expect(all.body.items.length).toBe(ids.length);
  });

  it('does not hand out another team\'s objects through a page key from that team\'s listing', async () => {
    const sam = await stack.call('Sam Search-Lead', 'list-team-alerting', { schemaIds: [PROFILE] });
    expect(sam.body.status).toBe('ok');
    expect(sam.body.nextPageKey).toEqual(expect.any(String));
    const stolen = await stack.call('Max Member', 'list-team-alerting', { pageKey: sam.body.nextPageKey });
    expect(stolen.status).toBe(200);
    // the key's Settings cursor belongs to Sam's listing: whatever it yields, only checkout's objects come back
    if (stolen.body.status === 'ok') {
      expect(stolen.body.items.every((i: { teamId: string; value: { name: string } }) => i.teamId === 'checkout' && i.value.name.startsWith('[checkout]'))).toBe(true);
    } else {
      expect(['invalid', 'forbidden', 'error']).toContain(stolen.body.status);
    }
  });

  it('refuses a page key that is not one of its own', async () => {
    for (const pageKey of ['not-a-key', btoa('{"v":2,"m":1,"s":3,"k":""}'), btoa(encodeURIComponent('{"v":2,"m":1,"s":0,"k":5}'))]) {
      const r = await stack.call('Max Member', 'list-team-alerting', { pageKey });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/invalid-page-key', location: { path: 'pageKey' } }] });
    }
  });
});
