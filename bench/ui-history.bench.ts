/**
 * History bench (`npm run bench -- ui-history`; runs after `ui` in `npm run bench` and uses its
 * build, or builds when `dist/ui` is missing): a team with 2,000 more history revisions (800
 * alerting profiles, 600 metric events and 600 maintenance windows created in its zone, so the
 * timeline spans three schemas), opened as its lead on the review, in headless Chromium, as
 * medians, measured inside the page (a mutation observer installed before any app script):
 * - `firstPageMs`: navigation start → the first timeline entries painted (the first page of the
 *   history; older pages load behind it). Budget (issue 16): ≤ 1,000 ms.
 * - `allLoadedMs`: navigation start → the count says every revision is loaded.
 * - `filterMs`: choosing a type in the filter (the option's click) → the filtered count painted,
 *   over all loaded revisions.
 * Also written: the function calls made before the first page was painted (start → end), and the
 * machine's load average (the numbers mean little on a machine busy with other work). Each run
 * starts once the previous one's reads have ended (see `waitForQuietCalls`).
 * Writes `bench-results/ui-history.json`.
 */
import os from 'node:os';
import { openAs } from '../tests/e2e/browser';
import { CALL_COUNTER_SCRIPT, median, waitForQuietCalls, withSeededStack } from './support/browser-bench';
import { ensureUiBuild } from './support/build';
import { runBench, writeBenchResult } from './support/report';

const RUNS = 5;
const BUDGET = { firstPageMs: 1000 };
const SEED = [
  { schemaId: 'builtin:alerting.profile', count: 800 },
  { schemaId: 'builtin:anomaly-detection.metric-events', count: 600 },
  { schemaId: 'builtin:alerting.maintenance-window', count: 600 },
];
const REVISIONS = SEED.reduce((n, s) => n + s.count, 0);

async function main(): Promise<void> {
  ensureUiBuild();
  await withSeededStack(SEED.map((s) => ({ ...s, teamId: 'checkout' })), async (stack, browser) => {
    const { page, context } = await openAs(browser, stack, 'lena', '/');
    await page.getByRole('heading', { name: /^(My teams|Home|Team Alerting)/ }).first().waitFor().catch(() => undefined);
    await page.addInitScript(CALL_COUNTER_SCRIPT);
    await page.reload();
    type Marks = Record<string, number | undefined>;
    await page.addInitScript(`(() => {
      const marks = (window.__benchMarks = {});
      const painted = (name) => requestAnimationFrame(() => setTimeout(() => { marks[name] ??= performance.now(); }));
      let first = false;
      const observer = new MutationObserver(() => {
        if (!first && document.querySelector('ol[aria-label="Team history"] li')) { first = true; painted('firstPage'); }
        const count = document.querySelector('[data-testid="history-count"]')?.textContent ?? '';
        const n = Number((count.match(/^(\\d+) changes$/) ?? [])[1]);
        if (n >= ${REVISIONS}) { observer.disconnect(); painted('allLoaded'); }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    })();`);
    const mark = async (name: string) => Math.round((await page.evaluate((n) => (window as unknown as { __benchMarks: Marks }).__benchMarks[n], name)) ?? Number.NaN);
    const firstPage: number[] = [];
    const allLoaded: number[] = [];
    const filter: number[] = [];
    const calls: string[][] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      await waitForQuietCalls(page);
      await page.goto(`${stack.url}/ui/review`);
      await page.waitForFunction(() => (window as unknown as { __benchMarks: Marks }).__benchMarks.firstPage !== undefined, undefined, { timeout: 60_000, polling: 50 });
      firstPage.push(await mark('firstPage'));
      // where the time went: every function call until the first page was painted (start → end, ms since navigation)
      calls.push(await page.evaluate((until) => performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/') && e.startTime <= until)
        .map((e) => `${e.name.replace(/^.*\/api\//, '')} ${Math.round(e.startTime)}→${Math.round((e as PerformanceResourceTiming).responseEnd)}`), firstPage.at(-1)!));
      await page.waitForFunction(() => (window as unknown as { __benchMarks: Marks }).__benchMarks.allLoaded !== undefined, undefined, { timeout: 120_000, polling: 100 });
      allLoaded.push(await mark('allLoaded'));
      total = Number(((await page.getByTestId('history-count').textContent()) ?? '').match(/^(\d+)/)?.[1]);

      // choose "Metric events" in the Type filter: option click → the filtered count painted
      const id = await page.locator('label').filter({ hasText: /^Type$/ }).getAttribute('for');
      const trigger = await page.locator(`[id="${id}"]`).getAttribute('aria-labelledby');
      await page.locator(`[id="${trigger}"]`).click();
      const option = page.getByRole('option', { name: /^Metric events \(\d+\)$/ });
      await option.waitFor();
      const wait = page.evaluate(() => new Promise<number>((resolve) => {
        const target = document.querySelector('[data-testid="history-count"]')!;
        let start = 0;
        document.addEventListener('click', () => { start = performance.now(); }, { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (start && target.textContent?.includes('match the filters')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }
        });
        observer.observe(target, { childList: true, characterData: true, subtree: true });
        setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
      }));
      await page.waitForTimeout(20);
      await option.click();
      const ms = await wait;
      if (ms >= 0) filter.push(Math.round(ms * 10) / 10);
      await page.keyboard.press('Escape');
    }
    await context.close();

    const result = {
      revisionsSeeded: REVISIONS,
      revisionsShown: total,
      runs: RUNS,
      firstPageMs: { median: median(firstPage), max: Math.max(...firstPage), budget: BUDGET.firstPageMs, samples: firstPage },
      allLoadedMs: { median: median(allLoaded), max: Math.max(...allLoaded), samples: allLoaded },
      filterMs: { median: filter.length ? median(filter) : null, samples: filter },
      callsBeforeFirstPage: calls.at(-1),
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      withinBudget: median(firstPage) <= BUDGET.firstPageMs,
    };
    writeBenchResult('ui-history', result);
  });
}

runBench(main);
