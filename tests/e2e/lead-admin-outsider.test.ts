/**
 * The other personas' journeys: a lead reviews findings and history (in a time range of choice),
 * an admin edits a team and the member's page reflects it, the outsider sees the empty state.
 * Every page is checked with axe-core (no serious or critical violation) and saved as a
 * screenshot, in light and dark.
 */
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(150_000);

test('a lead sees findings grouped by rule and the history with a before/after diff', async () => {
  const { page, context } = await suite.open('lena', '/review');
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  const findings = page.getByRole('region', { name: 'Findings' });
  const naming = findings.getByRole('region', { name: /not start with the team's naming prefix$/ });
  await naming.getByText('name must start with', { exact: false }).first().waitFor();
  // the seeded objects were written straight through the Settings API, not through the app: one group
  const outside = findings.getByRole('region', { name: /last changed outside the app$/ });
  await outside.getByRole('button', { name: /^Show the/ }).click();
  await outside.getByText("bypassing the team's guardrails", { exact: false }).first().waitFor();
  const history = page.getByRole('list', { name: 'Team history' });
  await history.getByRole('listitem').first().waitFor();
  await history.getByRole('button', { name: 'Show changes' }).first().click();
  await page.getByRole('group', { name: /Changes in revision/ }).waitFor();
  await screenshot(page, 'review-team-history');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // the history shows its range (30 days by default) and the lead can choose another one
  const shown = await page.getByText(/^Changes from /).textContent();
  const id = await page.locator('label').filter({ hasText: /^Time range$/ }).getAttribute('for');
  const trigger = await page.locator(`[id="${id}"]`).getAttribute('aria-labelledby');
  await page.locator(`[id="${trigger}"]`).click();
  await page.getByRole('option', { name: 'Last year', exact: true }).click();
  await page.getByText(/^Changes from /).filter({ hasNotText: shown ?? '' }).waitFor();
  await history.getByRole('listitem').first().waitFor();

  await page.getByRole('button', { name: /^History of Checkout legacy/ }).first().click();
  await page.getByRole('heading', { name: /^History of Checkout legacy/ }).waitFor();
  await page.getByRole('list', { name: /^History of Checkout legacy/ }).getByRole('listitem').first().waitFor();
  await screenshot(page, 'review-object-history');
  await context.close();
});

test('a member cannot review; the review page says who can', async () => {
  const { page, context } = await suite.open('max', '/review');
  await page.getByRole('heading', { name: 'Review is not available to you' }).waitFor();
  await page.getByText('for team leads', { exact: false }).waitFor();
  await context.close();
});

test("an admin edits a team and the member's page reflects it", async () => {
  const admin = await suite.open('ada', '/teams');
  await admin.page.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
  // the seeded profile in the unmapped Infrastructure zone is listed with the reason
  const unowned = admin.page.getByRole('region', { name: 'Alerting outside every team' });
  await unowned.getByText('Infrastructure hosts', { exact: false }).first().waitFor();
  await unowned.getByText('management zone “Infrastructure” belongs to no team').first().waitFor();
  await admin.page.getByRole('button', { name: 'Edit team Checkout' }).click();
  const dialog = admin.page.getByRole('dialog', { name: 'Edit team Checkout' });
  // a zone only the edited team owns says so (not "no team yet", which read as unowned)
  const zones = dialog.getByRole('group', { name: 'Management zones' });
  const checkoutZone = zones.getByRole('listitem').filter({ has: admin.page.getByRole('checkbox', { name: 'Checkout', exact: true }) });
  await checkoutZone.getByText('this team only', { exact: true }).waitFor();
  expect(await zones.getByRole('listitem').filter({ hasText: 'no team yet' }).filter({ has: admin.page.getByRole('checkbox', { checked: true }) }).count()).toBe(0);
  await dialog.getByLabel('Display name', { exact: true }).fill('Checkout and Payments');
  await screenshot(admin.page, 'teams-editor');
  expect(await seriousA11yViolations(admin.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save team' }).click();
  await admin.page.getByText('Saved team Checkout and Payments').first().waitFor();
  await admin.page.getByRole('button', { name: 'Edit team Checkout and Payments' }).waitFor();
  await screenshot(admin.page, 'teams-admin');
  expect(await seriousA11yViolations(admin.page)).toEqual([]);

  const member = await suite.open('max', '/');
  await member.page.getByRole('heading', { name: 'Checkout and Payments', level: 3 }).waitFor();
  // Teams is the admins' page: the member's direct URL explains that instead of showing it
  await member.goto('/teams');
  await member.page.getByRole('heading', { name: 'Teams is not available to you' }).waitFor();
  await member.page.getByText('member of Checkout and Payments', { exact: false }).waitFor();
  await screenshot(member.page, 'teams-not-available-member');
  expect(await seriousA11yViolations(member.page)).toEqual([]);
  await Promise.all([admin.context.close(), member.context.close()]);
});

test('the outsider sees the empty state with who to ask and what the admin must do', async () => {
  const { page, context } = await suite.open('olga', '/');
  await page.getByText('You are not in any team yet').waitFor();
  await page.getByText('The admin must', { exact: false }).waitFor();
  await screenshot(page, 'home-outsider');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});

test('the persona box switches the persona; a page elsewhere cannot', async () => {
  const { page, context } = await suite.open('olga', '/');
  await page.getByText('You are not in any team yet').waitFor();
  await page.getByLabel('Persona (local)').selectOption({ label: 'Max Member (member)' });
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  expect(new URL(page.url()).searchParams.has('persona')).toBe(false);
  // a link on another site that tries to sign the browser in is refused, and the persona stays
  const foreign = await context.newPage();
  await foreign.setContent(`<a href="${suite.stack.url}/ui/?persona=${suite.stack.persona('ada').id}">open</a>`);
  const [refused] = await Promise.all([foreign.waitForNavigation(), foreign.getByRole('link', { name: 'open' }).click()]);
  expect(refused?.status()).toBe(403);
  await page.reload();
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  expect(await page.getByLabel('Persona (local)').inputValue()).toBe(suite.stack.persona('max').id);
  await context.close();
});

test.each(['light', 'dark'] as const)('home and workspace pass axe in the %s theme', async (scheme) => {
  const { page, context, goto } = await suite.open('noah', '/', scheme);
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  await page.getByText('Open findings (', { exact: false }).first().waitFor();
  await screenshot(page, `home-member-${scheme}`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await goto('/workspace/metric-events');
  await page.getByRole('heading', { name: 'Metric events', level: 1 }).waitFor();
  await page.getByText(/\d+ shown/).waitFor();
  await screenshot(page, `workspace-metric-events-${scheme}`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});
