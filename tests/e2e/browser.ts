/**
 * Browser helpers for the e2e journeys: one headless Chromium per test file, a context per
 * persona, axe-core checks, and screenshots saved as test artifacts in `test-artifacts/screenshots/`.
 * A context signs in the way a developer does: by opening a UI URL with `?persona=<id>` from the
 * address bar, a navigation the user started (`Sec-Fetch-Site: none`), the only kind besides the
 * app's own persona box on which the host sets the persona cookie.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startLocalStack, type LocalStack } from '../support/local-stack';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-artifacts/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PersonaPage {
  context: BrowserContext;
  page: Page;
  /** navigates inside the app (`/workspace/alerting-profiles`) */
  goto(appPath: string): Promise<void>;
}

/** A fresh browser context signed in as the persona (first name, id or e-mail). */
export async function openAs(browser: Browser, stack: LocalStack, persona: string, appPath = '/', colorScheme: 'light' | 'dark' = 'light'): Promise<PersonaPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const id = stack.persona(persona).id;
  const goto = async (p: string) => {
    await page.goto(`${stack.url}/ui${p}`);
  };
  const opened = await page.goto(`${stack.url}/ui${appPath}${appPath.includes('?') ? '&' : '?'}persona=${id}`);
  // the host refuses a persona switch another site could have caused; say so rather than test as nobody
  if (!opened?.ok()) throw new Error(`the local host did not sign in as \`${persona}\`: ${opened?.status()} ${(await opened?.text()) ?? ''}`);
  return { context, page, goto };
}

/** Runs axe-core on the page; returns the serious and critical violations (empty = pass). */
export async function seriousA11yViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; targets: string[] }>> {
  // a dialog fading in has text at part opacity, which axe reads as low contrast: let the finite
  // animations and transitions end first (a spinner's infinite one never does; at most 2 s)
  // animations and transitions end first (a spinner's infinite one never does; at most 2 s). Asked
  // again after each wait: a dialog just attached starts its fade-in a frame later
  await page.evaluate(async () => {
    const until = performance.now() + 2000;
    const running = () => document.getAnimations().filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let now = running(); now.length > 0 && performance.now() < until; now = running()) {
      await Promise.race([Promise.all(now.map((a) => a.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now())))]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    // the local host's persona switcher is not part of the app
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run({ exclude: [['#local-persona-switcher']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * One local stack and one Chromium for the test file: started in `beforeAll`, closed in
 * `afterAll`. `open` signs a fresh browser context in as a persona.
 */
export function browserSuite(timeoutMs = 120_000) {
  jest.setTimeout(timeoutMs);
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the e2e suite has not started (beforeAll failed?)');
    return x;
  };
  return {
    get stack(): LocalStack { return started(stack); },
    open: (persona: string, appPath = '/', colorScheme: 'light' | 'dark' = 'light') => openAs(started(browser), started(stack), persona, appPath, colorScheme),
  };
}
