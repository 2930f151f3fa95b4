/**
 * A member creates each of the five object kinds through the schema-driven form alone (never
 * the JSON view): nested objects, lists of objects added and reordered with the keyboard, lists
 * of text, enums by display name, numbers, schedules with dates, times and a time zone, zone
 * pickers that move every field carrying the zone. Each journey checks what was stored.
 */
import { browserSuite, screenshot } from './browser';
import { choose, expectReady, field, fill, itemAction, storedValue, zoneId } from './editor-helpers';
import { liftApprovalRules } from '../support/approval-rules';

const suite = browserSuite(150_000);
// these journeys are about the form: checkout's approval rules (Payments changes) are lifted
beforeAll(() => liftApprovalRules(suite.stack, 'checkout'));

async function openCreate(slug: string, noun: string) {
  const session = await suite.open('max', `/workspace/${slug}`);
  await session.page.getByRole('button', { name: `Create ${noun}` }).click();
  const dialog = session.page.getByRole('dialog', { name: `Create ${noun}` });
  await dialog.getByRole('tab', { name: 'Form' }).waitFor();
  return { ...session, dialog };
}

async function create(dialog: import('playwright-core').Locator, page: import('playwright-core').Page, noun: string) {
  await expectReady(dialog);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByText(`Created the ${noun}`).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

test('an alerting profile: zone, a severity rule moved with the keyboard, an event filter', async () => {
  const { page, context, dialog } = await openCreate('alerting-profiles', 'alerting profile');
  await fill(dialog, 'name', '[checkout] e2e form profile');
  await choose(page, dialog, 'managementZone', 'Payments');
  await fill(dialog, 'severityRules.0.delayInMinutes', '15');
  // keyboard: Enter on the second rule's "Move up" moves it first, and focus stays with it
  await field(dialog, 'severityRules.1').locator('[data-action="up"] button').focus();
  await page.keyboard.press('Enter');
  await field(dialog, 'severityRules.0').getByText('Availability alert', { exact: false }).waitFor();
  expect(await field(dialog, 'severityRules.0').evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await itemAction(dialog, 'eventFilters', 'add');
  await choose(page, dialog, 'eventFilters.0.predefinedFilter.eventType', 'Process crashed', 'crashed');
  await screenshot(page, 'editor-create-alerting-profile');
  await create(dialog, page, 'alerting profile');

  const stored = await storedValue(suite.stack, 'max', 'builtin:alerting.profile', '[checkout] e2e form profile');
  expect(stored.managementZone).toBe(zoneId(suite.stack, 'Payments'));
  expect(stored.severityRules.slice(0, 2)).toEqual([
    { severityLevel: 'AVAILABILITY', delayInMinutes: 0, tagFilterIncludeMode: 'NONE' },
    { severityLevel: 'MONITORING_UNAVAILABLE', delayInMinutes: 15, tagFilterIncludeMode: 'NONE' },
  ]);
  expect(stored.eventFilters).toEqual([{ type: 'PREDEFINED', predefinedFilter: { eventType: 'PROCESS_CRASHED', negate: false } }]);
  await context.close();
});

test('an e-mail notification: the type switches the settings shown, recipients are checked as typed', async () => {
  const { page, context, dialog } = await openCreate('problem-notifications', 'problem notification');
  await fill(dialog, 'displayName', '[checkout] e2e form mail');
  await choose(page, dialog, 'type', 'Email');
  await field(dialog, 'webHookNotification').waitFor({ state: 'detached' });
  await choose(page, dialog, 'alertingProfile', '[checkout] Payments errors');
  await itemAction(dialog, 'emailNotification.recipients', 'add');
  await fill(dialog, 'emailNotification.recipients.0', 'not an address');
  await field(dialog, 'emailNotification.recipients.0').getByText('email address is not valid').waitFor();
  expect(await dialog.getByRole('button', { name: 'Create', exact: true }).isDisabled()).toBe(true);
  await fill(dialog, 'emailNotification.recipients.0', 'payments-oncall@example.com');
  await create(dialog, page, 'problem notification');

  const stored = await storedValue(suite.stack, 'max', 'builtin:problem.notifications', '[checkout] e2e form mail');
  expect(stored).toMatchObject({ type: 'EMAIL', emailNotification: { recipients: ['payments-oncall@example.com'], ccRecipients: [], bccRecipients: [] } });
  expect(stored).not.toHaveProperty('webHookNotification');
  await context.close();
});

test("a metric event: choosing the zone moves the entity filter's zone condition too", async () => {
  const { page, context, dialog } = await openCreate('metric-events', 'metric event');
  await fill(dialog, 'summary', '[checkout] e2e form errors');
  // the metric comes from the catalog: the picker searches it
  await field(dialog, 'queryDefinition.metricKey').locator('[id^="strato-select-trigger"]').first().click();
  await page.getByPlaceholder('Search', { exact: true }).fill('errors');
  await page.getByRole('option', { name: 'Failure rate (any errors) — builtin:service.errors.total.rate (%)' }).click();
  await fill(dialog, 'eventTemplate.title', 'Payment errors above 7%');
  await fill(dialog, 'modelProperties.threshold', '7');
  await choose(page, dialog, 'queryDefinition.managementZone', 'Payments');
  await field(dialog, 'queryDefinition.entityFilter.conditions.0.value').getByText('Payments').waitFor();
  await screenshot(page, 'editor-create-metric-event');
  await create(dialog, page, 'metric event');

  const stored = await storedValue(suite.stack, 'max', 'builtin:anomaly-detection.metric-events', '[checkout] e2e form errors');
  const payments = zoneId(suite.stack, 'Payments');
  expect(stored.queryDefinition.managementZone).toBe(payments);
  expect(stored.queryDefinition.entityFilter.conditions).toEqual([{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: payments }]);
  expect(stored.modelProperties).toMatchObject({ type: 'STATIC_THRESHOLD', threshold: 7 });
  await context.close();
});

test('a maintenance window: a weekly schedule with times, dates and a time zone', async () => {
  const { page, context, dialog } = await openCreate('maintenance-windows', 'maintenance window');
  await fill(dialog, 'generalProperties.name', '[checkout] e2e form patching');
  await choose(page, dialog, 'generalProperties.suppression', "Detect problems but don't alert");
  await choose(page, dialog, 'schedule.scheduleType', 'Weekly');
  await choose(page, dialog, 'schedule.weeklyRecurrence.dayOfWeek', 'Friday');
  await fill(dialog, 'schedule.weeklyRecurrence.timeWindow.startTime', '02:00');
  await fill(dialog, 'schedule.weeklyRecurrence.timeWindow.endTime', '04:30:15');
  await choose(page, dialog, 'schedule.weeklyRecurrence.timeWindow.timeZone', 'Europe/Vienna', 'Vienna');
  await fill(dialog, 'schedule.weeklyRecurrence.recurrenceRange.scheduleStartDate', '2031-01-03');
  await fill(dialog, 'schedule.weeklyRecurrence.recurrenceRange.scheduleEndDate', '2031-06-27');
  await screenshot(page, 'editor-create-maintenance-window');
  await create(dialog, page, 'maintenance window');

  const stored = await storedValue(suite.stack, 'max', 'builtin:alerting.maintenance-window', '[checkout] e2e form patching');
  expect(stored.schedule).toEqual({
    scheduleType: 'WEEKLY',
    weeklyRecurrence: {
      dayOfWeek: 'FRIDAY',
      timeWindow: { startTime: '02:00:00', endTime: '04:30:15', timeZone: 'Europe/Vienna' },
      recurrenceRange: { scheduleStartDate: '2031-01-03', scheduleEndDate: '2031-06-27' },
    },
  });
  expect(stored.filters).toEqual([{ entityTags: [], managementZones: [zoneId(suite.stack, 'Checkout')] }]);
  expect(stored.generalProperties.suppression).toBe('DETECT_PROBLEMS_DONT_ALERT');
  await context.close();
});

test("an SLO: the zone picker writes the selector's mzName, targets are percentages", async () => {
  const { page, context, dialog } = await openCreate('slos', 'SLO');
  await fill(dialog, 'name', '[checkout] e2e form availability');
  await fill(dialog, 'metricExpression', '(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())');
  await choose(page, dialog, 'filter#zone', 'Payments');
  await fill(dialog, 'targetSuccess', '99');
  await fill(dialog, 'targetWarning', '99.5');
  await create(dialog, page, 'SLO');

  const stored = await storedValue(suite.stack, 'max', 'builtin:monitoring.slo', '[checkout] e2e form availability');
  expect(stored).toMatchObject({ filter: 'type("SERVICE"),mzName("Payments")', targetSuccess: 99, targetWarning: 99.5 });
  await context.close();
});
