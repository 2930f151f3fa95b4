/**
 * Two browsers edit the same object: the first save wins, the second sees the conflict dialog
 * with the current value instead of silently overwriting it.
 */
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(120_000);

test('the second of two concurrent edits sees the conflict dialog with the current value', async () => {
  const [lena, max] = await Promise.all([
    suite.open('lena', '/workspace/alerting-profiles'),
    suite.open('max', '/workspace/alerting-profiles'),
  ]);
  const target = /^Edit \[checkout\] Checkout critical/;
  for (const { page } of [lena, max]) {
    await page.getByRole('button', { name: target }).click();
    await page.getByRole('dialog', { name: 'Edit alerting profile' }).getByLabel('Name', { exact: true }).waitFor();
  }
  const first = lena.page.getByRole('dialog', { name: 'Edit alerting profile' });
  await first.getByLabel('Name', { exact: true }).fill('[checkout] Checkout critical (Lena)');
  await first.getByText('Ready to save').waitFor();
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await lena.page.getByText('Saved the alerting profile').first().waitFor();

  const second = max.page.getByRole('dialog', { name: 'Edit alerting profile' });
  await second.getByLabel('Name', { exact: true }).fill('[checkout] Checkout critical (Max)');
  await second.getByText('Ready to save').waitFor();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = max.page.getByRole('dialog', { name: 'Someone else changed this' });
  await conflict.waitFor();
  await conflict.getByText('[checkout] Checkout critical (Lena)').first().waitFor();
  await screenshot(max.page, 'workspace-conflict-dialog');
  expect(await seriousA11yViolations(max.page)).toEqual([]);

  // taking the current value and saving again goes through with the fresh token
  await conflict.getByRole('button', { name: 'Load current value' }).click();
  await conflict.waitFor({ state: 'detached' });
  expect(await second.getByLabel('Name', { exact: true }).inputValue()).toBe('[checkout] Checkout critical (Lena)');
  await second.getByLabel('Name', { exact: true }).fill('[checkout] Checkout critical (Max after merge)');
  await second.getByText('Ready to save').waitFor();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await max.page.getByText('Saved the alerting profile').first().waitFor();
  await Promise.all([lena.context.close(), max.context.close()]);
});
