/**
 * What the browser benches share: a local stack seeded in bulk (`/_local/seed-bulk`), headless
 * Chromium closed with the stack whatever happens, the median, and a way to start each run on a
 * quiet machine.
 *
 * Quiet: a page's background reads (the rest of the inventory, older history pages) go on after
 * the measured paint, and a function call the browser stops waiting for still runs to its end on
 * the server. A run started while the previous one's reads still occupy the 2 cores would measure
 * those reads too; a user opening a page has no earlier visit running. So each run starts after
 * the page has made no function call for QUIET_MS (`waitForQuietCalls`), counted by a fetch wrapper
 * installed before the app's scripts (`CALL_COUNTER_SCRIPT`).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser';
import { startLocalStack, type LocalStack } from '../../tests/support/local-stack';

export interface SeedBatch {
  schemaId: string;
  count: number;
  teamId?: string;
}

/** How long without a function call counts as quiet. */
export const QUIET_MS = 1_000;

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Starts the stack, seeds it and launches the browser; closes both after `run`, also when it throws. */
export async function withSeededStack(seed: SeedBatch[], run: (stack: LocalStack, browser: Browser) => Promise<void>): Promise<void> {
  const stack = await startLocalStack();
  let browser: Browser | undefined;
  try {
    for (const batch of seed) {
      const seeded = await fetch(`${stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
      if (!seeded.ok) throw new Error(`seed-bulk answered ${seeded.status}: ${await seeded.text()}`);
    }
    browser = await launchBrowser();
    await run(stack, browser);
  } finally {
    await browser?.close();
    await stack.close();
  }
}

/**
 * An init script (a string: tsx would wrap named functions in a helper the page does not have):
 * counts the app's function calls in flight; `__benchCallsQuietFor()` is how long none has been.
 */
export const CALL_COUNTER_SCRIPT = `(() => {
  let inFlight = 0;
  let last = performance.now();
  const fetchOf = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = fetchOf.call(this, input, init);
    if (!url.includes('/api/')) return answer;
    inFlight += 1;
    const done = () => { inFlight -= 1; last = performance.now(); };
    answer.then(done, done);
    return answer;
  };
  window.__benchCallsQuietFor = () => (inFlight > 0 ? 0 : performance.now() - last);
})();`;

/** Waits until the page (with CALL_COUNTER_SCRIPT) has had no function call in flight for QUIET_MS. */
export async function waitForQuietCalls(page: Page): Promise<void> {
  await page.waitForFunction((ms) => (window as unknown as { __benchCallsQuietFor: () => number }).__benchCallsQuietFor() >= ms, QUIET_MS, { timeout: 180_000, polling: 100 });
}
