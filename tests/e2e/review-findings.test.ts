/**
 * The lead's review (issue 16 items 1–2, issue 14 item 7): findings grouped by rule with why and
 * how to fix, "changed outside the app" as one group, the overview whose bars filter the list, and
 * the one-click naming fix written through the guarded function. Axe-clean in light and dark.
 */
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(240_000);

test('Lena sees grouped findings and the overview, filters by a bar and fixes a name with one click', async () => {
  const { page, context } = await suite.open('lena', '/review');
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  const findings = page.getByRole('region', { name: 'Findings' });
  const naming = findings.getByRole('region', { name: /do(es)? not start with the team's naming prefix$/ });
  await naming.waitFor();
  // the seeded objects were written through the Settings API: one group, not a warning per object
  const outsideGroup = findings.getByRole('region', { name: /^\d+ objects? (was|were) last changed outside the app$/ });
  await outsideGroup.waitFor();
  expect(await findings.getByRole('heading', { name: /last changed outside the app$/ }).count()).toBe(1);
  await outsideGroup.getByText('Why it matters:').waitFor();

  // the overview: four charts and the changes over time, each readable as a table
  const overview = page.getByRole('region', { name: 'Overview' });
  for (const name of ['Objects by type', 'Objects by management zone', 'Findings by rule', 'Findings by severity']) {
    await overview.getByRole('region', { name }).waitFor();
    expect(await overview.getByRole('table', { name }).count()).toBe(1);
  }
  await overview.getByRole('region', { name: /^Changes in the last 30 days/ }).waitFor();
  await page.getByTestId('review-counts').getByText(/break a team rule/).waitFor();
  await screenshot(page, 'review-overview');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // a bar filters the list: the naming rule's bar keeps only its group, shown as a removable chip
  const byRule = overview.getByRole('region', { name: 'Findings by rule' });
  await byRule.getByRole('button', { name: 'Show as table' }).click();
  await byRule.getByRole('button', { name: 'Show only naming: prefix' }).click();
  await page.getByTestId('active-filter').getByText('Rule: naming: prefix').waitFor();
  await outsideGroup.waitFor({ state: 'detached' });
  expect(await findings.getByTestId('finding-group').count()).toBe(1);
  await screenshot(page, 'review-filtered');

  // apply the naming prefix to the first object through the app
  const firstRow = naming.getByTestId('finding-row').first();
  const objectId = await firstRow.getAttribute('data-object-id');
  const before = await suite.stack.call('lena', 'get-alerting-object', { objectId });
  const rowsBefore = await naming.getByTestId('finding-row').count();
  await firstRow.getByRole('button', { name: /^Apply fix to / }).click();
  await page.locator(`[data-testid="finding-row"][data-object-id="${objectId}"]`).waitFor({ state: 'detached' });
  if (rowsBefore > 1) expect(await naming.getByTestId('finding-row').count()).toBe(rowsBefore - 1);
  const after = await suite.stack.call('lena', 'get-alerting-object', { objectId });
  expect(after.body.status).toBe('ok');
  const prefix = (await suite.stack.call('lena', 'get-context')).body.teams.find((t: { id: string }) => t.id === after.body.object.teamId).rules.naming.value as string;
  expect(after.body.object.summary.startsWith(prefix)).toBe(true);
  expect(after.body.object.summary).not.toBe(before.body.object.summary);
  expect(after.body.object.updateToken).not.toBe(before.body.object.updateToken);
  expect(after.body.findings.filter((f: { code: string }) => f.code === 'guardrail/naming/prefix')).toEqual([]);

  // removing the chip shows every group again
  await page.getByRole('button', { name: /^Remove the filter/ }).click();
  await outsideGroup.waitFor();
  await context.close();
});

test('the review is axe-clean in dark mode, and "Fix in editor" opens the editor at the field', async () => {
  const { page, context } = await suite.open('lena', '/review', 'dark');
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  const findings = page.getByRole('region', { name: 'Findings' });
  await findings.getByTestId('finding-group').first().waitFor();
  await page.getByRole('region', { name: 'Findings by rule' }).getByRole('table').waitFor({ state: 'attached' });
  await screenshot(page, 'review-dark');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // fits 1024 px without sideways scrolling of the page or any of its parts
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.waitForTimeout(300);
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('main, main *, body')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden' && getComputedStyle(e).overflowX !== 'clip' && e.clientWidth > 0 && !(e as HTMLElement).closest('[data-testid^="chart-"]'))
    .map((e) => `${e.tagName}.${e.className}`.slice(0, 80)));
  expect(overflowing).toEqual([]);
  await screenshot(page, 'review-1024');

  // Home counts what the review counts
  const reviewCount = (await page.getByTestId('review-counts').textContent())?.match(/(\d+) objects? breaks? a team rule/)?.[1];
  expect(reviewCount).toBeDefined();
  await page.goto(`${suite.stack.url}/ui/`);
  await page.getByText(`Open findings (${reviewCount})`).first().waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  await findings.getByTestId('finding-group').first().waitFor();

  const link = findings.getByRole('link', { name: /in the editor$/ }).first();
  if (await link.count() === 0) {
    // no finding that needs the editor in the first group: open the next group
    await findings.getByRole('button', { name: /^Show the/ }).first().click();
  }
  const target = findings.getByRole('link', { name: /in the editor$/ }).first();
  const field = new URL(`${suite.stack.url}${(await target.getAttribute('href')) ?? ''}`).searchParams.get('field');
  await target.click();
  await page.getByRole('button', { name: /^Save/ }).first().waitFor();
  expect(new URL(page.url()).pathname).toMatch(/\/workspace\//);
  // the editor opens at the finding's field: focus lands inside it
  expect(field).toBeTruthy();
  await page.waitForFunction((f) => document.activeElement?.closest(`[data-field-path="${f}"]`) !== null, field);
  await context.close();
});
