/**
 * The editor's behaviour around a draft: every problem is said once, at its field and in the
 * summary that links to it (form and JSON view alike), Save waits while the preview refuses and
 * says why; changes are never thrown away without asking (Cancel, Escape, in-app navigation,
 * reload); and the editor has no serious accessibility violations, light or dark.
 */
import type { Locator, Page } from 'playwright-core';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';
import { choose, expectReady, field, fill, zoneId } from './editor-helpers';
import { liftApprovalRules } from '../support/approval-rules';

const suite = browserSuite(150_000);
// these journeys are about the form: checkout's approval rules (Payments changes) are lifted
beforeAll(() => liftApprovalRules(suite.stack, 'checkout'));

async function createDialog(page: Page, noun: string): Promise<Locator> {
  await page.getByRole('button', { name: `Create ${noun}` }).click();
  const dialog = page.getByRole('dialog', { name: `Create ${noun}` });
  await dialog.getByRole('tab', { name: 'Form' }).waitFor();
  return dialog;
}

const count = async (scope: Locator, text: string) => (await scope.getByText(text, { exact: false }).all()).length;

test('a problem is said once at its field and once in the summary, whose link focuses the field; Save waits with the reason', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  const dialog = await createDialog(page, 'alerting profile');
  const save = dialog.getByRole('button', { name: 'Create', exact: true });
  // the new object needs a name: the form says so at once, Save is disabled and says why
  await field(dialog, 'name').getByText("enter a name after the team's prefix", { exact: false }).waitFor();
  expect(await save.isDisabled()).toBe(true);
  await dialog.getByText('Fix 1 problem first (listed at the top)').waitFor();

  await fill(dialog, 'name', '[checkout] e2e errors');
  await fill(dialog, 'severityRules.2.delayInMinutes', '20000');
  const rangeField = field(dialog, 'severityRules.2.delayInMinutes');
  await rangeField.getByText('must be between 0 and 10000').waitFor();
  const section = dialog.getByRole('region', { name: 'Check of the change' });
  // once at the field, once in the summary — the platform's own word for the same field is not repeated
  expect(await count(rangeField, 'must be between 0 and 10000')).toBe(1);
  expect(await count(section, 'must be between 0 and 10000')).toBe(1);
  await page.waitForTimeout(1200);
  expect(await count(dialog, 'violates the following constraint')).toBe(0);
  await section.getByRole('link', { name: /Severity rules › 3 › Problem send delay in minutes/ }).click();
  expect(await rangeField.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await screenshot(page, 'editor-field-error');

  // the JSON view marks the line of the path; a foreign zone is refused there and at the field in the form
  await fill(dialog, 'severityRules.2.delayInMinutes', '30');
  await dialog.getByRole('tab', { name: 'JSON' }).click();
  const editor = dialog.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify({ name: '[checkout] sneaky', managementZone: zoneId(suite.stack, 'Search'), severityRules: [], eventFilters: [] }, null, 2));
  await dialog.getByText('Saving would be refused').first().waitFor();
  await dialog.locator('.cm-lintRange-error').first().waitFor();
  expect(await save.isDisabled()).toBe(true);
  await dialog.getByText('Saving would be refused (see the list at the top)').waitFor();
  const refusal = (await section.textContent()) ?? '';
  expect(refusal).toContain('Search');
  expect(refusal).toMatch(/team/i);
  await screenshot(page, 'editor-json-refusal');
  await dialog.getByRole('tab', { name: 'Form' }).click();
  const zone = field(dialog, 'managementZone');
  await zone.getByText(/team/i).first().waitFor();
  expect(await zone.getByText("zone", { exact: false }).count()).toBeGreaterThan(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});

test('a JSON text that does not parse keeps the JSON view until it is fixed, and nothing typed is lost', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  const dialog = await createDialog(page, 'alerting profile');
  await fill(dialog, 'name', '[checkout] e2e json');
  await dialog.getByRole('tab', { name: 'JSON' }).click();
  await dialog.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(',');
  await dialog.getByText('The JSON is not valid, so it cannot be checked').waitFor();
  await dialog.getByRole('tab', { name: 'Form' }).click();
  await dialog.getByText('fix it before switching to the form', { exact: false }).waitFor();
  await dialog.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Backspace');
  await dialog.getByRole('tab', { name: 'Form' }).click();
  expect(await field(dialog, 'name').locator('input').inputValue()).toBe('[checkout] e2e json');
  await context.close();
});

test('Cancel and Escape ask before throwing changes away; an untouched editor closes at once', async () => {
  const { page, context } = await suite.open('max', '/workspace/alerting-profiles');
  await page.getByRole('button', { name: /^Edit \[checkout\] Payments errors/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit alerting profile' });
  await field(dialog, 'name').locator('input').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: /^Edit \[checkout\] Payments errors/ }).click();
  await fill(dialog, 'name', '[checkout] Payments errors (draft)');
  // Escape in an open select closes the select, not the editor
  await field(dialog, 'severityRules.0.severityLevel').locator('[id^="strato-select-trigger"]').click();
  // a Strato option (role attribute), not the hidden native options of the persona switch
  await page.locator('[role="option"]').first().waitFor();
  await page.keyboard.press('Escape');
  expect(await page.getByRole('dialog', { name: 'Discard your changes?' }).count()).toBe(0);
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.waitFor();
  await screenshot(page, 'editor-discard-dialog');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  expect(await field(dialog, 'name').locator('input').inputValue()).toBe('[checkout] Payments errors (draft)');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await dialog.waitFor({ state: 'detached' });
  await context.close();
});

test('navigating away or reloading with unsaved changes asks first', async () => {
  const { page, context } = await suite.open('max', '/');
  await page.getByRole('link', { name: 'Workspace' }).first().click();
  await page.getByRole('heading', { name: 'Alerting profiles', level: 1 }).waitFor();
  const dialog = await createDialog(page, 'alerting profile');
  await fill(dialog, 'name', '[checkout] e2e unsaved');
  await page.goBack();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.waitFor();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  expect(page.url()).toContain('/workspace/alerting-profiles');
  expect(await field(dialog, 'name').locator('input').inputValue()).toBe('[checkout] e2e unsaved');

  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
  void page.reload().catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  expect(await field(dialog, 'name').locator('input').inputValue()).toBe('[checkout] e2e unsaved');

  await page.goBack();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('heading', { name: 'My teams' }).waitFor();
  await context.close();
});

test('the editor has no serious accessibility violations, light or dark, at 1024 px', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const { page, context } = await suite.open('max', '/workspace/metric-events', scheme);
    await page.setViewportSize({ width: 1024, height: 800 });
    const dialog = await createDialog(page, 'metric event');
    await fill(dialog, 'summary', '[checkout] e2e a11y');
    await choose(page, dialog, 'modelProperties.type', 'Seasonal baseline');
    await field(dialog, 'modelProperties.tolerance').waitFor();
    await screenshot(page, `editor-metric-event-${scheme}-1024`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // nothing wider than the dialog: no horizontal scrolling at 1024 px
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await context.close();
  }
});

test('an existing object opens with its stored secret kept unless replaced', async () => {
  const { page, context } = await suite.open('max', '/workspace/problem-notifications');
  const dialog = await createDialog(page, 'problem notification');
  await fill(dialog, 'displayName', '[checkout] e2e slack');
  await choose(page, dialog, 'type', 'Slack');
  await choose(page, dialog, 'alertingProfile', '[checkout] Payments errors');
  await fill(dialog, 'slackNotification.url', 'https://hooks.example.com/services/T0/B0/secret');
  await fill(dialog, 'slackNotification.channel', '#checkout-alerts');
  await expectReady(dialog);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.getByRole('searchbox').fill('e2e slack');
  await page.getByRole('button', { name: /^Edit \[checkout\] e2e slack/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit problem notification' });
  const secret = field(edit, 'slackNotification.url');
  await secret.getByText('Stored secret, unchanged').waitFor();
  await secret.getByRole('button', { name: /^Replace/ }).click();
  await secret.locator('input').first().waitFor();
  await secret.getByRole('button', { name: 'Keep the stored secret' }).click();
  await secret.getByText('Stored secret, unchanged').waitFor();
  await context.close();
});
