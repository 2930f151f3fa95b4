/**
 * A member's config-as-code journey in the browser: export the team's alerting as a Monaco zip
 * from the workspace, edit a template as one would in Git, upload the zip on "Apply from files",
 * review the plan (exactly that field change), apply it with progress, and find the change stored.
 * Checked for accessibility, and shown at 1024 px in dark mode too.
 */
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import { adminGet } from '../support/scoping-fixtures';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(180_000);

test('a member exports, edits, uploads, plans and applies their team\'s alerting', async () => {
  const { page, context } = await suite.open('max', '/workspace/metric-events');
  await page.getByRole('heading', { name: 'Metric events', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as code' });
  await dialog.waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'config-as-code-export');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download zip' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^team-alerting-checkout-monaco-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipped = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  const files = Object.fromEntries(Object.entries(zipped).map(([k, v]) => [k, strFromU8(v)]));
  expect(Object.keys(files)).toContain('manifest.yaml');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // edit the latency event's threshold in its template, as in a pull request
  const template = Object.keys(files).find((f) => f.endsWith('/checkout-latency.json'))!;
  const threshold = /"threshold": (\d+)/.exec(files[template]!)![1]!;
  files[template] = files[template]!.replace(`"threshold": ${threshold}`, '"threshold": 777000');
  const upload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-mac-')), 'edited.zip');
  fs.writeFileSync(upload, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));

  await page.getByRole('link', { name: 'Apply from files' }).click();
  await page.getByRole('heading', { name: 'Apply from files', level: 1 }).waitFor();
  await page.setInputFiles('[data-testid=upload-zip]', upload);
  await page.getByTestId('upload-name').getByText('edited.zip', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByTestId('plan-summary').getByText('0 to create, 1 to update, 0 to delete', { exact: false }).waitFor();
  const step = page.getByRole('group', { name: 'Update [checkout] Checkout latency' });
  await step.getByRole('cell', { name: 'modelProperties/threshold' }).waitFor();
  await step.getByRole('cell', { name: '777000' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'config-as-code-plan');
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'config-as-code-plan-1024-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await page.getByText('Applied all 1 steps.').waitFor();
  await screenshot(page, 'config-as-code-applied');
  const objectId = await stackObjectId('[checkout] Checkout latency');
  expect(((await adminGet(suite.stack, objectId))!.value as { modelProperties: { threshold: number } }).modelProperties.threshold).toBe(777000);

  // planning the same files again finds nothing left to do
  await page.getByRole('button', { name: 'Plan again' }).click();
  await page.getByTestId('plan-summary').getByText('0 to create, 0 to update, 0 to delete', { exact: false }).waitFor();
  await context.close();
});

async function stackObjectId(name: string): Promise<string> {
  const r = await suite.stack.call('max', 'list-team-alerting', { schemaIds: ['builtin:anomaly-detection.metric-events'] });
  return (r.body.items as Array<{ objectId: string; value: { summary?: string } }>).find((i) => i.value.summary === name)!.objectId;
}
