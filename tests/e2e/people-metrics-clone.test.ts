/**
 * People by name, the metric picker, clone and the link to Dynatrace's Settings app, in the
 * browser: the workspace table names who changed each object (never a user id), a metric event
 * is created by picking its metric from the catalog with the threshold shown in the metric's
 * unit, an object is cloned into a new one under the team's prefix, and an opened object links to
 * its page in the Settings app (the local host's stand-in).
 */
import { liftApprovalRules } from '../support/approval-rules';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';
import { field, fill } from './editor-helpers';

const suite = browserSuite(150_000);
// not about approvals: checkout's rules (deletes, Payments changes) are lifted
beforeAll(() => liftApprovalRules(suite.stack, 'checkout'));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

test('the workspace table names the people who changed objects, not their user ids', async () => {
  const { page, context } = await suite.open('lena', '/workspace/alerting-profiles');
  const table = page.getByRole('table', { name: 'alerting profile list' });
  await table.getByRole('row').nth(1).waitFor();
  // names arrive after the rows: wait until every "Modified by" cell reads as a person
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('table tbody tr td:nth-child(4)')].map((c) => c.textContent ?? '');
    return cells.length > 0 && cells.every((t) => t !== '' && !t.startsWith('user '));
  });
  const cells = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(cells.some((t) => t === 'Max Member' || t === 'Lena Lead (you)' || t === 'Ada Admin')).toBe(true);
  expect(cells.filter((t) => UUID.test(t))).toEqual([]);
  expect(await table.textContent()).not.toMatch(UUID);
  // the e-mail is in the tooltip
  const maxCell = table.locator('tbody tr td:nth-child(4) span', { hasText: /^Max Member$/ }).first();
  if (await maxCell.count()) expect(await maxCell.getAttribute('title')).toBe('max.member@example.com');
  await screenshot(page, 'workspace-modified-by-names');

  await page.goto(`${suite.stack.url}/ui/`);
  const recent = page.getByRole('region', { name: 'Checkout: recent changes' });
  await recent.getByText(/Lena Lead \(you\)|Max Member|Noah Two-Teams/).first().waitFor();
  expect(await recent.textContent()).not.toMatch(UUID);
  await context.close();
});

test('a member picks a metric from the catalog and sees the threshold in its unit', async () => {
  const { page, context } = await suite.open('max', '/workspace/metric-events');
  await page.getByRole('heading', { name: 'Metric events', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Create metric event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create metric event' });
  await fill(dialog, 'summary', '[checkout] e2e response time');
  await fill(dialog, 'eventTemplate.title', 'Response time too high');
  // the picker's own search box asks the catalog
  await field(dialog, 'queryDefinition.metricKey').locator('[id^="strato-select-trigger"]').first().click();
  await page.getByPlaceholder('Search', { exact: true }).fill('response time');
  await page.getByRole('option', { name: 'Response time — builtin:service.response.time (µs)' }).click();
  await fill(dialog, 'modelProperties.threshold', '250000');
  await dialog.getByTestId('threshold-unit').getByText('Compared in microseconds (µs), the unit of Response time.').waitFor();
  await dialog.getByText('Ready to save', { exact: false }).waitFor();
  await screenshot(page, 'workspace-metric-picker');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByText('Created the metric event').first().waitFor();
  await context.close();
});

test('a member clones an object into a new one and opens an object in Dynatrace Settings', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  const table = page.getByRole('table', { name: 'alerting profile list' });
  await table.getByRole('row').nth(1).waitFor();
  const clone = table.getByRole('button', { name: /^Clone \[checkout\] / }).first();
  // the row is labelled by its summary (`name — facts`); the copy takes the name
  const original = (await clone.getAttribute('aria-label'))!.replace(/^Clone /, '').split(' — ')[0]!;
  await clone.click();
  const dialog = page.getByRole('dialog', { name: 'Create alerting profile' });
  const name = dialog.getByLabel('Name', { exact: true });
  await name.waitFor();
  expect(await name.inputValue()).toBe(`${original} (copy)`);
  await dialog.getByText(`A copy of “${original}”`, { exact: false }).waitFor();
  await dialog.getByText('Ready to save', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByText('Created the alerting profile').first().waitFor();

  await page.getByRole('searchbox').fill(`${original} (copy)`);
  await page.getByRole('button', { name: new RegExp(`^Edit ${original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(copy\\)`) }).click();
  const edit = page.getByRole('dialog', { name: 'Edit alerting profile' });
  const link = edit.getByRole('link', { name: 'Open this alerting profile in Dynatrace Settings (new tab)' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^${suite.stack.url}/ui/apps/dynatrace\\.settings/settings/builtin%3Aalerting\\.profile/[A-Za-z0-9_-]+$`));
  const standIn = await fetch(href);
  expect(standIn.status).toBe(200);
  expect(await standIn.text()).toContain('<code>builtin:alerting.profile</code>');
  await context.close();
});
