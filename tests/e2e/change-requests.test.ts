/**
 * Change requests in the browser: the demo's checkout team needs a lead's approval for deleting
 * alerting profiles and for any change in Payments. A member proposes from the delete dialog and
 * from the editor, the lead finds the requests behind the navigation badge, sees the diff against
 * the current object and the rule, and approves or rejects with a comment; the member sees the
 * outcome, Home says what waits on whom, and the review's history names who proposed and approved.
 */
import type { Locator, Page } from 'playwright-core';
import { adminCreate, adminGet, oracleFor, snapshot, valueFor } from '../support/scoping-fixtures';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(150_000);

async function pick(page: Page, scope: Locator, label: string, option: string) {
  const id = await scope.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).getAttribute('for');
  const trigger = await scope.locator(`[id="${id}"]`).getAttribute('aria-labelledby');
  await scope.locator(`[id="${trigger}"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a member proposes a delete, the lead approves it from the badge, and the history names both', async () => {
  const oracle = oracleFor(suite.stack);
  const [profile] = await adminCreate(suite.stack, [{ schemaId: 'builtin:alerting.profile', value: valueFor(oracle, 'builtin:alerting.profile', '[checkout] e2e retire me', ['Checkout']) }]);

  const max = await suite.open('max', '/workspace/alerting-profiles');
  await max.page.getByRole('searchbox').fill('e2e retire me');
  await max.page.getByRole('button', { name: /^Delete \[checkout\] e2e retire me/ }).click();
  const dialog = max.page.getByRole('dialog', { name: 'Delete alerting profile?' });
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const propose = dialog.getByRole('region', { name: 'Propose the change' });
  await propose.getByText("This needs a lead's approval", { exact: false }).waitFor();
  await propose.getByLabel('Why is the change needed?').fill('replaced by the critical profile');
  await screenshot(max.page, 'change-request-propose-delete');
  expect(await seriousA11yViolations(max.page)).toEqual([]);
  await propose.getByRole('button', { name: 'Propose change' }).click();
  await max.page.getByText('Change proposed').first().waitFor();
  expect(await adminGet(suite.stack, profile!)).toBeDefined();
  // Home says on whom it waits
  await max.goto('/');
  const home = max.page.getByRole('region', { name: 'Your proposals' });
  await home.getByText('waits on lena.lead@example.com', { exact: false }).waitFor();
  await max.context.close();

  const lena = await suite.open('lena', '/');
  const nav = lena.page.getByRole('link', { name: /Change requests/ });
  await nav.getByLabel('1 waiting for your approval').waitFor();
  await nav.click();
  const waiting = lena.page.getByRole('region', { name: /Changes waiting for approval/ });
  const card = waiting.getByRole('article', { name: /Max Member proposes to delete alerting profile “\[checkout\] e2e retire me”/ });
  await card.getByText('replaced by the critical profile', { exact: false }).waitFor();
  await card.getByText('deleting alerting profiles or problem notifications', { exact: false }).waitFor();
  // the team by its display name, not its id
  await card.getByText(/^Team Checkout · proposed /).waitFor();
  await card.getByRole('group', { name: /Proposed changes against the current/ }).waitFor();
  // the value names its zone by id; the lead reads the zone's name
  await card.getByRole('group', { name: /Proposed changes against the current/ }).getByText('Checkout (management zone)', { exact: true }).waitFor();
  await card.getByLabel(/Comment for Max Member/).fill('ok, gone');
  await screenshot(lena.page, 'change-requests-waiting');
  expect(await seriousA11yViolations(lena.page)).toEqual([]);
  await card.getByRole('button', { name: 'Approve and apply' }).click();
  await lena.page.getByText('Approved and applied').first().waitFor();
  expect(await adminGet(suite.stack, profile!)).toBeUndefined();
  await waiting.getByText('Nothing waits for your approval.').waitFor();

  // the revision the approval wrote says who proposed and who approved it
  await lena.goto('/review');
  await lena.page.getByText('Through a change request: proposed by Max Member (“replaced by the critical profile”), approved by you (“ok, gone”)').waitFor();
  await screenshot(lena.page, 'review-history-change-request');
  await lena.context.close();
});

test('a member proposes a Payments profile from the editor; the lead rejects it and the member sees why', async () => {
  const before = await snapshot(suite.stack);
  const max = await suite.open('max', '/workspace/alerting-profiles');
  await max.page.getByRole('button', { name: 'Create alerting profile' }).click();
  const editor = max.page.getByRole('dialog', { name: 'Create alerting profile' });
  await editor.getByLabel('Name', { exact: true }).fill('[checkout] e2e payments via approval');
  await pick(max.page, editor, 'Management zone', 'Payments');
  await editor.getByText('Needs a lead’s approval', { exact: false }).waitFor();
  expect(await editor.getByRole('button', { name: 'Create', exact: true }).isDisabled()).toBe(true);
  const propose = editor.getByRole('region', { name: 'Propose the change' });
  await propose.getByLabel('Why is the change needed?').fill('payments alerts for the new provider');
  await screenshot(max.page, 'change-request-propose-create');
  await propose.getByRole('button', { name: 'Propose change' }).click();
  await max.page.getByText('Change proposed').first().waitFor();
  await max.context.close();

  const lena = await suite.open('lena', '/requests');
  const card = lena.page.getByRole('article', { name: /Max Member proposes to create alerting profile “\[checkout\] e2e payments via approval”/ });
  await card.getByText('in management zone Payments', { exact: false }).waitFor();
  await card.getByLabel(/Comment for Max Member/).fill('use the existing Payments errors profile');
  await card.getByRole('button', { name: 'Reject' }).click();
  await lena.page.getByText('Rejected').first().waitFor();
  await lena.context.close();

  const again = await suite.open('max', '/requests');
  const mine = again.page.getByRole('region', { name: /Your requests/ }).getByRole('article', { name: /You propose to create alerting profile “\[checkout\] e2e payments via approval”/ });
  await mine.getByText('Rejected by Lena Lead', { exact: false }).waitFor();
  await mine.getByText('use the existing Payments errors profile', { exact: false }).waitFor();
  await screenshot(again.page, 'change-requests-mine');
  expect(await seriousA11yViolations(again.page)).toEqual([]);
  // nothing was written in the five schemas
  expect([...(await snapshot(suite.stack)).keys()].sort()).toEqual([...before.keys()].sort());
  await again.context.close();
});
