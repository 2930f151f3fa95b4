/**
 * The workspace table (sorted and paged by the page itself, the table renders one page): the
 * row actions are fully visible on a 1280 px window, a column header sorts every row (not just
 * the page), the pages go forward, a new search starts at the first page, and the row actions
 * work from the keyboard.
 */
import type { Page } from 'playwright-core';
import { browserSuite, seriousA11yViolations } from './browser';

const suite = browserSuite(120_000);

beforeAll(async () => {
  const r = await fetch(`${suite.stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId: 'builtin:alerting.profile', count: 60, teamId: 'checkout' }) });
  if (!r.ok) throw new Error(`seed-bulk answered ${r.status}`);
});

/** The names in the shown page's rows, top to bottom (from the rows' Edit buttons). */
async function shownNames(page: Page): Promise<string[]> {
  const labels = await page.getByRole('button', { name: /^Edit / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.replace(/^Edit /, ''));
}

/** The pagination's "Page n of m", for the shown page. */
const pageNumber = (page: Page, shown: number) => page.getByRole('navigation', { name: /^Pages of the / }).getByText(new RegExp(`^Page ${shown} of \\d+$`));

test('row actions are fully visible on a 1280 px and a 1400 px window', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  for (const width of [1280, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    const remove = page.getByRole('button', { name: /^Delete / }).first();
    await remove.waitFor();
    // inside the window and inside every ancestor that clips (the table's scroll container)
    const clipped = await remove.evaluate((button, windowWidth) => {
      const r = button.getBoundingClientRect();
      if (r.left < 0 || r.right > windowWidth) return 'outside the window';
      for (let e = button.parentElement; e; e = e.parentElement) {
        if (getComputedStyle(e).overflowX === 'visible') continue;
        const c = e.getBoundingClientRect();
        if (r.left < c.left || r.right > c.right) return `clipped by ${e.tagName}.${e.className}`;
      }
      return undefined;
    }, width);
    expect(clipped).toBeUndefined();
  }
  await context.close();
});

test('a header sorts all rows, the pages go forward, a new search starts at the first page, and the actions work from the keyboard', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  await page.getByTestId('visible-count').getByText('63 shown').waitFor();
  const first = await shownNames(page);
  expect(first).toHaveLength(25);
  expect(first).toEqual([...first].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));

  // descending by name: the page now starts with the last names of all 63, not of the first page
  await page.getByRole('columnheader', { name: /"Name" column to descending/ }).click();
  await page.getByRole('columnheader', { name: /"Name" column/ }).and(page.locator('[aria-sort="descending"]')).waitFor();
  const desc = await shownNames(page);
  expect(desc[0]).not.toBe(first[0]);
  expect(desc).toEqual([...desc].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? 1 : -1)));
  expect(desc.some((n) => first.includes(n))).toBe(false);

  await page.getByRole('button', { name: 'Go to next page.' }).click();
  await pageNumber(page, 2).waitFor();
  const second = await shownNames(page);
  expect(second).toHaveLength(25);
  expect(second.some((n) => desc.includes(n))).toBe(false);

  await page.getByRole('searchbox').fill('bulk');
  await page.getByTestId('visible-count').getByText('60 of 63 shown').waitFor();
  await pageNumber(page, 1).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // keyboard: the row actions are buttons in the tab order; Enter on one opens its dialog
  const edit = page.getByRole('button', { name: /^Edit / }).first();
  const name = (await edit.getAttribute('aria-label'))!.replace(/^Edit /, '');
  await edit.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Edit alerting profile' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Edit alerting profile' }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: `Delete ${name}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Delete alerting profile?' }).waitFor();
  await context.close();
});
