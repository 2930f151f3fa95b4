/**
 * Editor bench (`npm run bench -- ui-editor`; runs after `ui` in `npm run bench` and uses its
 * build, or builds when `dist/ui` is missing): the schema-driven editor on the largest example
 * objects (the metric event: most fields; the alerting profile: most list items), in headless
 * Chromium, measured inside the page, as medians over runs:
 * - `openMs`: a click on the row's Edit button → the form's first fields painted (the editor's
 *   code is already fetched, as the workspace fetches it when idle; the object's read runs
 *   behind); `openCompleteMs`: → every group of fields drawn as well;
 * - `keystrokeMs`: keydown in a field → the frame after React committed the edit (the draft,
 *   its field checks and the message placement all run per keystroke), for a top-level text, a
 *   nested number and a text inside a list item.
 * Writes `bench-results/ui-editor.json`. Budgets (issue 15): open ≤ 150 ms, keystroke ≤ 50 ms.
 */
import type { Page } from 'playwright-core';
import { schemaPageById } from '../ui/app/schemas';
import { adminCreate, oracleFor, valueFor } from '../tests/support/scoping-fixtures';
import { openAs } from '../tests/e2e/browser';
import { median, withSeededStack } from './support/browser-bench';
import { ensureUiBuild } from './support/build';
import { runBench, writeBenchResult } from './support/report';

const RUNS = 9;
const BUDGET = { openMs: 150, keystrokeMs: 50 };
const round = (x: number) => Math.round(x * 10) / 10;

const CASES = [
  { schemaId: 'builtin:anomaly-detection.metric-events', name: '[checkout] bench largest metric event', fields: ['summary', 'modelProperties.threshold', 'eventTemplate.metadata.0.metadataValue'] },
  { schemaId: 'builtin:alerting.profile', name: '[checkout] bench largest alerting profile', fields: ['name', 'severityRules.2.delayInMinutes', 'eventFilters.1.customFilter.titleFilter.value'] },
] as const;

/**
 * Click on Edit → the form's first fields painted (`first`), and → every group drawn too
 * (`complete`: groups draw their fields a frame later, see ui/app/components/schema-form/useRevealed.ts).
 */
async function measureOpen(page: Page, name: string): Promise<{ first: number; complete: number }> {
  return page.evaluate((label) => new Promise<{ first: number; complete: number }>((resolve, reject) => {
    const button = document.querySelector<HTMLButtonElement>(`button[aria-label^=${JSON.stringify(`Edit ${label}`)}]`);
    if (!button) { reject(new Error(`no Edit button for ${label}`)); return; }
    let first = 0;
    const painted = (then: (ms: number) => void) => requestAnimationFrame(() => setTimeout(() => then(performance.now() - start)));
    const observer = new MutationObserver(() => {
      const dialog = document.querySelector('[role="dialog"]');
      if (!dialog?.querySelector('[data-field-path]')) return;
      if (!first) { first = -1; painted((ms) => { first = ms; }); }
      if (dialog.querySelector('[data-pending]')) return;
      observer.disconnect();
      painted((ms) => {
        const wait = () => (first > 0 ? resolve({ first, complete: ms }) : setTimeout(wait, 5));
        wait();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const start = performance.now();
    button.click();
  }), name);
}

/** keydown in the focused input → the frame after the edit was rendered. */
async function measureKeystroke(page: Page, key: string): Promise<number> {
  const done = page.evaluate(() => new Promise<number>((resolve) => {
    let start = 0;
    document.addEventListener('keydown', () => { start = performance.now(); }, { once: true, capture: true });
    document.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))), { once: true });
  }));
  await page.waitForTimeout(30);
  await page.keyboard.press(key);
  return done;
}

async function main(): Promise<void> {
  ensureUiBuild();
  const results: Record<string, unknown> = {};
  let within = true;
  await withSeededStack([], async (stack, browser) => {
    const oracle = oracleFor(stack);
    for (const c of CASES) {
      const value = valueFor(oracle, c.schemaId, c.name, ['Checkout']);
      if (c.schemaId === 'builtin:anomaly-detection.metric-events') (value as any).eventTemplate.metadata = [{ metadataKey: 'team', metadataValue: 'checkout' }, { metadataKey: 'tier', metadataValue: 'gold' }];
      await adminCreate(stack, [{ schemaId: c.schemaId, value }]);
      const slug = schemaPageById(c.schemaId)!.slug;
      const { page, context } = await openAs(browser, stack, 'max', `/workspace/${slug}`);
      // tsx names the helpers inside the evaluated functions with an `__name` call the page lacks
      await page.evaluate('globalThis.__name = (f) => f');
      await page.getByRole('button', { name: `Edit ${c.name}` }).first().waitFor();
      await page.waitForTimeout(1500); // the editor chunk is fetched when the page is idle

      const open: number[] = [];
      const complete: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const measured = await measureOpen(page, c.name);
        open.push(measured.first);
        complete.push(measured.complete);
        await page.getByRole('dialog').locator('[data-field-path]').first().waitFor();
        await page.waitForTimeout(400); // the object's read and the first preview settle
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }

      const keystroke: Record<string, { median: number; max: number }> = {};
      await page.getByRole('button', { name: `Edit ${c.name}` }).first().click();
      const dialog = page.getByRole('dialog');
      for (const fieldPath of c.fields) {
        const input = dialog.locator(`[data-field-path="${fieldPath}"] input, [data-field-path="${fieldPath}"] textarea`).first();
        await input.waitFor();
        await input.focus();
        await page.keyboard.press('End');
        const samples: number[] = [];
        for (const key of ['1', '2', '3', '4', '5', '6', 'Backspace', 'Backspace', 'Backspace']) samples.push(await measureKeystroke(page, key));
        keystroke[fieldPath] = { median: round(median(samples)), max: round(Math.max(...samples)) };
      }
      await context.close();
      const worstKeystroke = Math.max(...Object.values(keystroke).map((k) => k.median));
      within &&= median(open) <= BUDGET.openMs && worstKeystroke <= BUDGET.keystrokeMs;
      results[c.schemaId] = {
        openMs: { median: round(median(open)), max: round(Math.max(...open)), samples: open.map(round), budget: BUDGET.openMs },
        openCompleteMs: { median: round(median(complete)), max: round(Math.max(...complete)) },
        keystrokeMs: { ...keystroke, budget: BUDGET.keystrokeMs } };
    }
    const result = { runs: RUNS, ...results, withinBudget: within };
    writeBenchResult('ui-editor', result);
  });
}

runBench(main);
