/**
 * Driving the schema-driven editor in e2e journeys: fields are found by their value path (the
 * form marks each field with `data-field-path`), so a journey reads like the value it builds,
 * and never touches the JSON view unless it means to.
 */
import type { Locator, Page } from 'playwright-core';
import { displayNameOf } from '../../lib/alerting';
import type { LocalStack } from '../support/local-stack';

export const field = (scope: Locator, path: string) => scope.locator(`[data-field-path="${path}"]`).first();

/** Types into the text input (or area, or native date/time input) of the field at `path`. */
export async function fill(scope: Locator, path: string, text: string): Promise<void> {
  await field(scope, path).locator('input:not([role="combobox"]):not([type="hidden"]), textarea').first().fill(text);
}

/** Picks `option` in the Strato select of the field at `path` (typing `filter` into its filter first). */
export async function choose(page: Page, scope: Locator, path: string, option: string, filter?: string): Promise<void> {
  await field(scope, path).locator('[id^="strato-select-trigger"]').first().click();
  if (filter) await page.getByRole('searchbox').or(page.locator('[data-dt-component="SelectFilter"] input, [role="dialog"] input[type="text"]').last()).last().fill(filter);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Clicks a list's or an item's button: `add`, `up`, `down` or `remove`. */
export async function itemAction(scope: Locator, path: string, action: 'add' | 'up' | 'down' | 'remove'): Promise<void> {
  await field(scope, path).locator(`[data-action="${action}"] button`).first().click();
}

export async function expectReady(dialog: Locator): Promise<void> {
  await dialog.getByText('Ready to save', { exact: false }).waitFor();
}

/** The stored value of the team's object named `name` (as the member lists it). */
export async function storedValue(stack: LocalStack, persona: string, schemaId: string, name: string): Promise<Record<string, any>> {
  const { body } = await stack.call(persona, 'list-team-alerting', { schemaIds: [schemaId] });
  const item = (body.items as Array<{ value: Record<string, any> }>).find((i) => displayNameOf(schemaId, i.value) === name);
  if (!item) throw new Error(`no ${schemaId} named ${name}`);
  return item.value;
}

export const zoneId = (stack: LocalStack, name: string) => stack.tenant.managementZones.find((z) => z.name === name)!.id;
