/**
 * Review bench (`npx tsx bench/ui-review.bench.ts`, part of `npm run bench`; uses the current
 * build, or builds when `dist/ui` is missing): seeds 5,000 alerting profiles in team Checkout
 * (written outside the app, so each has a history revision and the review's "changed outside the
 * app" group holds them all), opens the lead's review as Lena and measures in headless Chromium,
 * as medians:
 * - `firstRenderMs`: navigation start → the overview's first chart and the first finding rows
 *   painted (measured inside the page: a mutation observer installed before any app script notes
 *   both, then the next frame); the rest of the inventory and the history stream in afterwards.
 * - `filterClickMs`: with every object and the history loaded, a click on a bar's filter (the
 *   chart's table view) → the filtered list committed (the active-filter chip shows the new filter,
 *   committed with the list in one render), then the next frame.
 * Each run starts once the previous one's reads have ended (see `waitForQuietCalls`).
 * Writes `bench-results/ui-review.json`. Budgets (issue 16): first render ≤ 1,000 ms, filter click ≤ 100 ms.
 */
import { openAs } from '../tests/e2e/browser';
import { CALL_COUNTER_SCRIPT, median, waitForQuietCalls, withSeededStack } from './support/browser-bench';
import { ensureUiBuild } from './support/build';
import { runBench, writeBenchResult } from './support/report';

const OBJECTS = 5000;
const RUNS = 5;
const BUDGET = { firstRenderMs: 1000, filterClickMs: 100 };

type Marks = Record<string, number | undefined>;

async function main(): Promise<void> {
  ensureUiBuild();
  await withSeededStack([{ schemaId: 'builtin:alerting.profile', count: OBJECTS, teamId: 'checkout' }], async (stack, browser) => {
    const firstRender: number[] = [];
    const allLoaded: number[] = [];
    const clicks: number[] = [];
    const { page, context } = await openAs(browser, stack, 'lena', '/');
    await page.getByRole('heading', { name: 'My teams' }).waitFor();
    await page.addInitScript(CALL_COUNTER_SCRIPT);
    await page.reload();
    await page.addInitScript(`(() => {
      const marks = (window.__benchMarks = {});
      const painted = (name) => requestAnimationFrame(() => setTimeout(() => { marks[name] ??= performance.now(); }));
      let seen = false;
      const observer = new MutationObserver(() => {
        if (!seen && document.querySelector('[data-testid="chart-schema"]') && document.querySelector('[data-testid="finding-row"]')) {
          seen = true;
          painted('firstRender');
        }
        const counts = document.querySelector('[data-testid="review-counts"]')?.textContent ?? '';
        if (seen && !counts.includes('so far') && /^[0-9,]+ objects/.test(counts) && Number(counts.replace(/,/g, '').split(' ')[0]) >= ${OBJECTS}) {
          observer.disconnect();
          painted('allLoaded');
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    })();`);
    const mark = async (name: string) => Math.round((await page.evaluate((n) => (window as unknown as { __benchMarks: Marks }).__benchMarks[n], name)) ?? Number.NaN);

    for (let run = 0; run < RUNS; run++) {
      await waitForQuietCalls(page);
      await page.goto(`${stack.url}/ui/review`);
      await page.waitForFunction(() => (window as unknown as { __benchMarks: Marks }).__benchMarks.firstRender !== undefined, undefined, { timeout: 60_000, polling: 50 });
      firstRender.push(await mark('firstRender'));
      await page.waitForFunction(() => (window as unknown as { __benchMarks: Marks }).__benchMarks.allLoaded !== undefined, undefined, { timeout: 120_000, polling: 100 });
      allLoaded.push(await mark('allLoaded'));
      console.log(`run ${run}: first render ${firstRender[run]} ms, all loaded ${allLoaded[run]} ms`);
      // the history (changed outside the app) in as well: its group is the largest
      await page.getByRole('heading', { name: /last changed outside the app$/ }).waitFor({ timeout: 60_000 });

      for (const region of ['Objects by type', 'Findings by rule', 'Objects by management zone']) {
        const r = page.getByRole('region', { name: region });
        await r.getByRole('button', { name: 'Show as table' }).click();
        const buttons = r.getByRole('button', { name: /^Show only / });
        const n = await buttons.count();
        for (let i = 0; i < n; i++) {
          const button = buttons.nth(i);
          const label = ((await button.getAttribute('aria-label')) ?? '').replace(/^Show only /, '');
          const wait = page.evaluate((want) => new Promise<number>((resolve) => {
            let start = 0;
            document.addEventListener('click', () => { start = performance.now(); }, { once: true, capture: true });
            // no named function inside: tsx would wrap it in a helper the page does not have
            const observer = new MutationObserver(() => {
              if (start && document.querySelector('[data-testid="active-filter"]')?.textContent?.endsWith(`: ${want}`)) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            });
            observer.observe(document.body, { childList: true, characterData: true, subtree: true });
            setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
          }), label);
          await page.waitForTimeout(20);
          await button.click();
          const ms = await wait;
          if (ms >= 0) clicks.push(ms);
          console.log(`filter ${label}: ${Math.round(ms)} ms`);
          await page.getByRole('button', { name: /^Remove the filter/ }).click({ timeout: 60_000 });
          await page.getByTestId('active-filter').waitFor({ state: 'detached' });
        }
      }
    }
    await context.close();

    const result = {
      objects: OBJECTS,
      runs: RUNS,
      firstRenderMs: { median: median(firstRender), max: Math.max(...firstRender), budget: BUDGET.firstRenderMs, samples: firstRender },
      allObjectsLoadedMs: { median: median(allLoaded), max: Math.max(...allLoaded), samples: allLoaded },
      filterClickMs: { median: Math.round(median(clicks) * 10) / 10, max: Math.round(Math.max(...clicks) * 10) / 10, samples: clicks.length, budget: BUDGET.filterClickMs },
      withinBudget: median(firstRender) <= BUDGET.firstRenderMs && median(clicks) <= BUDGET.filterClickMs,
    };
    writeBenchResult('ui-review', result);
  });
}

runBench(main);
