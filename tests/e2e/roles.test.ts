/**
 * Roles shape the app (issue 16), per persona: the navigation shows exactly the pages the caller
 * may use (get-context's `capabilities.pages`), a direct URL to another page explains why it is
 * not available and who can grant it, and the admin opens any team's review read-only and the
 * cross-team view. Every page checked with axe (no serious or critical violation).
 */
import type { Page } from 'playwright-core';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(180_000);

const LABELS = ['Home', 'Workspace', 'Change requests', 'Apply', 'Review', 'All teams', 'Teams', 'Policy calculator'];

/** The labels of the header's navigation items, in order (waits until the caller's pages are known). */
async function navigation(page: Page, expected: number): Promise<string[]> {
  const items = page.locator('header nav a').filter({ hasNotText: 'Team Alerting' });
  await page.waitForFunction((n) => document.querySelectorAll('header nav a').length >= n, expected);
  const texts = (await items.allTextContents()).map((t) => t.replace(/\d+$/, '').trim()).filter((t) => LABELS.includes(t));
  return texts;
}

async function expectNotAvailable(page: Page, label: string, who: RegExp) {
  await page.getByRole('heading', { name: `${label} is not available to you`, level: 1 }).waitFor();
  const why = page.getByRole('region', { name: 'Why this page is not available' });
  await why.getByText(who).waitFor();
  await why.getByText('Who can grant it:').waitFor();
  await page.getByRole('link', { name: 'Go to Home' }).waitFor();
}

test('a member sees their work only; Review, Teams, All teams and the calculator explain themselves', async () => {
  const { page, context, goto } = await suite.open('max', '/');
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  expect(await navigation(page, 4)).toEqual(['Home', 'Workspace', 'Change requests', 'Apply']);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/review');
  await expectNotAvailable(page, 'Review', /for team leads/);
  await page.getByText('member of Checkout', { exact: false }).waitFor();
  await screenshot(page, 'not-available-member-review');
  expect(await seriousA11yViolations(page)).toEqual([]);
  for (const [path, label] of [['/teams', 'Teams'], ['/calculator', 'Policy calculator'], ['/overview', 'All teams']] as const) {
    await goto(path);
    await expectNotAvailable(page, label, /for Dynatrace admins/);
  }
  await context.close();
});

test('a lead additionally reviews their team, and not the admin pages', async () => {
  const { page, context, goto } = await suite.open('lena', '/');
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  expect(await navigation(page, 5)).toEqual(['Home', 'Workspace', 'Change requests', 'Apply', 'Review']);
  await goto('/review');
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  expect(await page.getByText('Read-only: you are not in this team').count()).toBe(0);
  await goto('/teams');
  await expectNotAvailable(page, 'Teams', /for Dynatrace admins/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});

test('the outsider sees Home only; the workspace explains who adds people to a team', async () => {
  const { page, context, goto } = await suite.open('olga', '/');
  await page.getByText('You are not in any team yet').waitFor();
  expect(await navigation(page, 1)).toEqual(['Home']);
  await goto('/workspace/alerting-profiles');
  await expectNotAvailable(page, 'Workspace', /members and leads of a team/);
  await page.getByText('not a member or lead of any team', { exact: false }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/calculator');
  await expectNotAvailable(page, 'Policy calculator', /for Dynatrace admins/);
  await context.close();
});

test("the admin's Home speaks to an admin; the team pages explain themselves", async () => {
  const { page, context, goto } = await suite.open('ada', '/');
  await page.getByRole('heading', { name: 'Administration', level: 2 }).waitFor();
  expect(await navigation(page, 5)).toEqual(['Home', 'Review', 'All teams', 'Teams', 'Policy calculator']);
  expect(await page.getByText('ask your', { exact: false }).count()).toBe(0);
  expect(await page.getByText('You are not in any team yet').count()).toBe(0);
  await page.getByRole('list', { name: 'Teams' }).getByRole('link', { name: 'Review Checkout' }).waitFor();
  await page.getByText(/alerting objects? sits? outside every team/).waitFor();
  await page.getByRole('link', { name: 'Open the Policy calculator' }).waitFor();
  await screenshot(page, 'home-admin');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/workspace/alerting-profiles');
  await expectNotAvailable(page, 'Workspace', /members and leads of a team/);
  await page.getByText('a Team Alerting admin', { exact: false }).waitFor();
  await context.close();
});

test("the admin opens Checkout's review read-only, and every team side by side", async () => {
  const { page, context, goto } = await suite.open('ada', '/');
  await page.getByRole('list', { name: 'Teams' }).getByRole('link', { name: 'Review Checkout' }).click();
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  await page.getByText('Read-only: you are not in this team.').waitFor();
  // the lead's review of the team, without the fixes only a member of the team may apply
  const findings = page.getByRole('region', { name: 'Findings' });
  const naming = findings.getByRole('region', { name: /do(es)? not start with the team's naming prefix$/ });
  await naming.getByTestId('finding-row').first().waitFor();
  expect(await findings.getByRole('button', { name: /^Apply fix/ }).count()).toBe(0);
  await page.getByRole('list', { name: 'Team history' }).getByRole('listitem').first().waitFor();
  await screenshot(page, 'review-admin-read-only');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await goto('/overview');
  await page.getByRole('heading', { name: 'All teams', level: 1 }).waitFor();
  // two teams load at a time: the third waits for its turn, then loads as well
  await page.getByRole('region', { name: 'Mobile', exact: true }).getByText('Waiting for the teams before it to load…').waitFor();
  await page.getByText(/^All \d+ teams loaded\.$/).waitFor();
  for (const team of suite.stack.tenant.teams) {
    const card = page.getByRole('region', { name: team.name, exact: true });
    await card.getByRole('table', { name: `Findings of ${team.name}` }).waitFor();
    await card.getByRole('link', { name: `Open the review of ${team.name} (read-only)` }).waitFor();
  }
  const checkout = page.getByRole('table', { name: 'Findings of Checkout' });
  const objects = Number(await checkout.getByRole('row', { name: /^Objects \d/ }).getByRole('cell').textContent());
  expect(objects).toBeGreaterThan(0);
  // counted as Home and Review count (objects that break a rule), with the rules broken most
  const broken = Number(await checkout.getByRole('row', { name: /^Objects that break a team rule/ }).getByRole('cell').textContent());
  expect(broken).toBeGreaterThan(0);
  expect(broken).toBeLessThanOrEqual(objects);
  await page.getByRole('list', { name: 'Rules Checkout breaks most' }).getByText(/naming prefix/).first().waitFor();
  await page.getByRole('region', { name: 'Alerting outside every team' }).getByText('Infrastructure hosts', { exact: false }).first().waitFor();
  await screenshot(page, 'overview-admin');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // at 1024 px the main content does not scroll sideways
  await page.setViewportSize({ width: 1024, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.getByRole('link', { name: 'Open the review of Search (read-only)' }).click();
  await page.getByRole('heading', { name: 'Review: Search' }).waitFor();
  await page.getByText('Read-only: you are not in this team.').waitFor();
  await context.close();
});

test('the cross-team view, the read-only review and the not-available page pass axe in the dark theme at 1024 px', async () => {
  const { page, context, goto } = await suite.open('ada', '/overview', 'dark');
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.getByText(/^All \d+ teams loaded\.$/).waitFor();
  await screenshot(page, 'overview-admin-dark-1024');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/review?team=mobile');
  await page.getByRole('heading', { name: 'Review: Mobile' }).waitFor();
  await page.getByText('Read-only: you are not in this team.').waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/apply');
  await expectNotAvailable(page, 'Apply', /members and leads of a team/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await screenshot(page, 'not-available-admin-dark-1024');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});
