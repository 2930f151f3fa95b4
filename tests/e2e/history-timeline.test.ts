/**
 * The lead's history as a timeline: Lena sees the team's changes newest first across schemas,
 * people by name (never a raw id), how each change was made, narrows the list by person and by
 * type (the active filters shown and removable), and downloads exactly the filtered rows as CSV.
 * Checked with axe in light and dark.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { exampleAlertingProfile } from '../../lib/settings-schemas/examples';
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(150_000);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Opens the labelled Strato select and picks the option whose name starts with `option`. */
async function choose(page: Page, label: string, option: RegExp) {
  const id = await page.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).getAttribute('for');
  const trigger = await page.locator(`[id="${id}"]`).getAttribute('aria-labelledby');
  await page.locator(`[id="${trigger}"]`).click();
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

const entriesOf = (page: Page) => page.getByRole('list', { name: 'Team history' }).getByRole('listitem');

beforeAll(async () => {
  // one change through the app (Max), newer than the seed's direct writes
  const zone = suite.stack.tenant.managementZones.find((z) => z.name === 'Checkout')!.id;
  const created = await suite.stack.call('Max Member', 'create-alerting-object', { schemaId: 'builtin:alerting.profile', value: { ...exampleAlertingProfile, name: '[checkout] Timeline via app', managementZone: zone } });
  expect(created.body.status).toBe('ok');
});

test('Lena sees the timeline newest first across schemas, by name, filters it and exports the filtered rows', async () => {
  const { page, context } = await suite.open('lena', '/review');
  await page.getByRole('heading', { name: 'Review: Checkout' }).waitFor();
  const entries = entriesOf(page);
  await entries.first().waitFor();
  // names arrive from resolve-people
  await entries.filter({ hasText: 'Noah Two-Teams' }).first().waitFor();

  // newest first, across schemas: the times fall, and a type comes back after another one
  const times = await entries.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
  expect(times.length).toBeGreaterThan(5);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const texts = await entries.allInnerTexts();
  const nouns = texts.map((t) => ['alerting profile', 'problem notification', 'metric event', 'maintenance window', 'SLO'].find((n) => t.includes(` ${n} `)));
  const firstRunEnds = nouns.findIndex((n) => n !== nouns[0]);
  expect(firstRunEnds).toBeGreaterThan(0);
  const runs = nouns.filter((n, i) => i === 0 || n !== nouns[i - 1]);
  expect(new Set(runs).size).toBeLessThan(runs.length);

  // people by name, never a raw id; how each change was made
  for (const t of texts) expect(t).not.toMatch(UUID);
  expect(texts[0]).toContain('Max Member');
  expect(texts[0]).toContain('[checkout] Timeline via app');
  expect(texts[0]).toContain('through Team Alerting');
  expect(texts.some((t) => t.includes('Noah Two-Teams') && t.includes('directly (API or settings page)'))).toBe(true);
  await screenshot(page, 'history-timeline');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // filter by person: only Max's changes stay
  const all = texts.length;
  await choose(page, 'Person', /^Max Member \(\d+\)$/);
  await page.getByRole('group', { name: 'Active filters' }).getByText('Person: Max Member').waitFor();
  await page.getByTestId('history-count').filter({ hasText: 'match the filters' }).waitFor();
  const maxTexts = await entries.allInnerTexts();
  expect(maxTexts.length).toBeGreaterThan(1);
  expect(maxTexts.length).toBeLessThan(all);
  for (const t of maxTexts) expect(t.startsWith('Max Member')).toBe(true);

  // and by type: only Max's alerting profiles
  await choose(page, 'Type', /^Alerting profiles \(\d+\)$/);
  await page.getByRole('group', { name: 'Active filters' }).getByText('Type: Alerting profiles').waitFor();
  await entries.filter({ hasText: 'metric event' }).first().waitFor({ state: 'detached' });
  const narrowed = await entries.allInnerTexts();
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(maxTexts.length);
  for (const t of narrowed) expect(t).toMatch(/^Max Member.* alerting profile /s);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'history-timeline-filtered');

  // the CSV holds exactly the filtered rows
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export filtered list (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^team-checkout-history-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const records = csv.trimEnd().split('\r\n');
  expect(records[0]).toBe('time,person,person id,operation,type,object,object id,zones,made,app id,revision');
  expect(records).toHaveLength(narrowed.length + 1);
  for (const r of records.slice(1)) expect(r).toMatch(/^[^,]+,Max Member,[0-9a-f-]{36},\w+,alerting profile,/);

  // a filter is removed from its chip
  await page.getByRole('button', { name: 'Remove filter Type: Alerting profiles' }).click();
  await page.getByRole('group', { name: 'Active filters' }).getByText('Type: Alerting profiles').waitFor({ state: 'detached' });
  expect(await entries.count()).toBe(maxTexts.length);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('group', { name: 'Active filters' }).waitFor({ state: 'detached' });
  expect(await entries.count()).toBe(all);
  await context.close();
});

test('the timeline is axe clean in dark mode and fits 1024 px', async () => {
  const { page, context } = await suite.open('lena', '/review', 'dark');
  await page.setViewportSize({ width: 1024, height: 900 });
  const entries = entriesOf(page);
  await entries.filter({ hasText: 'Noah Two-Teams' }).first().waitFor();
  await entries.first().getByRole('button', { name: /^Show changes/ }).click();
  await page.getByRole('group', { name: /Changes in revision/ }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const history = page.locator('section[aria-labelledby="history-heading"]');
  expect(await history.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await screenshot(page, 'history-timeline-dark-1024');
  await context.close();
});

test('a long history shows its first page, loads the older pages behind it and renders in steps', async () => {
  // 250 more revisions, newer than the rest: more than the first page of 100
  const seeded = await fetch(`${suite.stack.url}/_local/seed-bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaId: 'builtin:alerting.profile', count: 250, teamId: 'checkout' }) });
  expect(seeded.ok).toBe(true);
  const { page, context } = await suite.open('lena', '/review');
  const entries = entriesOf(page);
  await entries.first().waitFor();
  // every page arrives (the first one answers 100 of them), then the count stands alone
  const count = page.getByTestId('history-count').filter({ hasText: /^\d+ changes$/ });
  await count.waitFor({ timeout: 30_000 });
  expect(Number((await count.textContent())!.match(/^(\d+)/)![1])).toBeGreaterThan(250);
  expect(await entries.count()).toBe(50);
  await page.getByRole('button', { name: /^Show more/ }).click();
  await entries.nth(149).waitFor();
  expect(await entries.count()).toBe(150);
  await context.close();
});
