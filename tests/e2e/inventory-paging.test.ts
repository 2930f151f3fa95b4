/**
 * The workspace with more objects than one page (tracker issue 5): the first page is on screen
 * while the rest loads in the background with a progress indicator; a failed later page shows an
 * error with a retry that keeps the loaded rows and goes on from that page; a page of the
 * previous team that arrives after a team switch is never shown.
 */
import type { Page, Route } from 'playwright-core';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(180_000);
const SEEDED = 1_200;

/** Holds back the listing's follow-up pages (requests that carry a page key) until released. */
async function holdFollowUps(page: Page) {
  const held: Array<{ route: Route; body: string }> = [];
  let waiting: (() => void) | undefined;
  await page.route('**/api/list-team-alerting', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('pageKey')) return route.continue();
    held.push({ route, body });
    waiting?.();
  });
  return {
    /** resolves once `n` follow-up requests are being held */
    async waitFor(n: number) {
      while (held.length < n) await new Promise<void>((resolve) => { waiting = resolve; });
    },
    /** the request body of the oldest held request */
    peek: () => held[0]?.body,
    async release(how: 'continue' | 'fail' = 'continue') {
      const next = held.shift();
      if (!next) throw new Error('no held request');
      // AppEngine answers 540 when a function fails
      await (how === 'fail' ? next.route.fulfill({ status: 540, body: '' }) : next.route.continue());
      return next.body;
    },
    async passAll() {
      await page.unroute('**/api/list-team-alerting');
      // a request the app has aborted meanwhile cannot be continued any more
      while (held.length > 0) await held.shift()!.route.continue().catch(() => undefined);
    },
  };
}

beforeAll(async () => {
  const r = await fetch(`${suite.stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId: 'builtin:alerting.profile', count: SEEDED, teamId: 'checkout' }) });
  if (!r.ok) throw new Error(`seed-bulk answered ${r.status}`);
});

test('shows the first page at once, loads the rest with progress, and a failed page keeps the loaded rows until retried', async () => {
  const { page, context } = await suite.open('max', '/');
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  const hold = await holdFollowUps(page);
  await page.goto(`${suite.stack.url}/ui/workspace/alerting-profiles`);

  // first page on screen, the second one on its way
  await page.getByRole('button', { name: /^Edit / }).first().waitFor();
  await hold.waitFor(1);
  const progress = page.getByTestId('inventory-progress');
  await progress.getByText(/^Loaded 500 alerting profiles so far, loading the rest… Search, filters and sorting cover the loaded alerting profiles/).waitFor();
  await page.getByRole('progressbar', { name: 'Loading alerting profiles' }).waitFor();
  await page.getByTestId('visible-count').getByText('500 shown so far').waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'workspace-loading-more');

  // search covers what is loaded and says so
  await page.getByRole('searchbox').fill('bulk 1');
  await page.getByTestId('visible-count').getByText(/^\d+ of 500 shown so far$/).waitFor();
  await page.getByRole('searchbox').fill('');

  // the third page fails: an error with a retry, the 1,000 loaded rows stay
  await hold.release();
  await hold.waitFor(1);
  const failed = await hold.release('fail');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load all alerting profiles: showing the 1,000 loaded so far' });
  await alert.waitFor();
  await page.getByTestId('visible-count').getByText('1000 shown so far').waitFor();
  expect(await page.getByRole('button', { name: /^Edit / }).count()).toBeGreaterThan(0);
  await screenshot(page, 'workspace-page-failed');

  // the retry asks for the failed page again (not the first), and the rows stay meanwhile
  await alert.getByRole('button', { name: 'Try again' }).click();
  await hold.waitFor(1);
  expect(hold.peek()).toBe(failed);
  await page.getByTestId('visible-count').getByText('1000 shown so far').waitFor();
  await hold.passAll();
  await page.getByTestId('visible-count').getByText(/^\d{4} shown$/).waitFor();
  const total = Number((await page.getByTestId('visible-count').textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(SEEDED);
  await expect(page.getByRole('alert').count()).resolves.toBe(0);
  await progress.getByText(`All ${total.toLocaleString('en-US')} alerting profiles loaded.`).waitFor({ state: 'attached' });
  await context.close();
});

test('a page of the previous team that arrives after a team switch is not shown', async () => {
  const { page, context } = await suite.open('noah', '/');
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  const hold = await holdFollowUps(page);
  await page.goto(`${suite.stack.url}/ui/workspace/alerting-profiles?team=checkout`);
  await page.getByRole('button', { name: /^Edit \[checkout\]/ }).first().waitFor();
  await hold.waitFor(1);

  // switch to the mobile team (Strato's Select, found through its <label for>) while checkout's second page is held back
  const id = await page.locator('label').filter({ hasText: /^Team$/ }).getAttribute('for');
  const trigger = await page.locator(`[id="${id}"]`).getAttribute('aria-labelledby');
  await page.locator(`[id="${trigger}"]`).click();
  await page.getByRole('option', { name: 'Mobile', exact: true }).click();
  await page.waitForURL(/team=mobile/);
  await page.getByTestId('visible-count').getByText(/^\d+ shown$/).waitFor();
  await hold.passAll();
  await page.waitForTimeout(1_000);
  expect(await page.getByRole('button', { name: /^(Edit|View) \[checkout\]/ }).count()).toBe(0);
  const count = Number((await page.getByTestId('visible-count').textContent())!.split(' ')[0]);
  expect(count).toBeLessThan(SEEDED);
  await context.close();
});
