/**
 * Policy calculator journey: an admin generates the checkout member policy, simulates a write in
 * the team's zone (allowed) and in another team's zone (denied), then pastes a broken policy and
 * sees findings located by line and column with a did-you-mean fix that repairs it; the token
 * advisor marks scope names that are no Dynatrace permission.
 */
import { browserSuite, screenshot, seriousA11yViolations } from './browser';

const suite = browserSuite(150_000);

test('an admin generates a team policy, simulates writes and validates a broken policy', async () => {
  const admin = suite.stack.tenant.personas.find((p) => p.role === 'admin')!;
  const checkout = suite.stack.tenant.teams.find((t) => t.id === 'checkout' || /checkout/i.test(t.name))!;
  const other = suite.stack.tenant.teams.find((t) => t !== checkout && t.managementZones.some((z) => !checkout.managementZones.includes(z)))!;
  const ownZone = checkout.managementZones[0]!;
  const foreignZone = other.managementZones.find((z) => !checkout.managementZones.includes(z))!;
  const { page, context } = await suite.open(admin.id, '/calculator');
  await page.getByRole('heading', { name: 'Policy calculator', level: 1 }).waitFor();

  // Generate: checkout, member, templated
  await page.getByRole('radio', { name: checkout.name, exact: true }).check();
  await page.getByRole('radio', { name: 'member', exact: true }).check();
  await page.getByRole('group', { name: 'Policy team-alerting-member' }).waitFor();
  await page.getByRole('list', { name: 'Bindings' }).getByText(`mz-name = "${ownZone}"`).waitFor();
  await page.getByRole('button', { name: 'Copy Terraform' }).waitFor();
  await page.getByRole('button', { name: 'Copy Monaco account YAML' }).waitFor();
  await screenshot(page, 'calculator-generate');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Simulate: write in the team's zone → allowed, in another team's zone → denied
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('radio', { name: 'write', exact: true }).check();
  const zone = page.getByRole('textbox', { name: 'Management zone' });
  await zone.fill(ownZone);
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const result = page.getByRole('region', { name: 'Simulation result' });
  await result.getByRole('heading', { name: 'Allowed' }).waitFor();
  await result.getByRole('list', { name: 'Deciding statements' }).getByText('settings:objects:write', { exact: false }).first().waitFor();
  await zone.fill(foreignZone);
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await result.getByRole('heading', { name: 'Denied' }).waitFor();
  await screenshot(page, 'calculator-simulate');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Validate: a broken policy shows located findings and a did-you-mean fix
  await page.getByRole('tab', { name: 'Validate' }).click();
  const editor = page.getByRole('group', { name: 'Policy or boundary to validate' }).locator('.cm-content');
  await editor.fill('ALLOW settings:objects:wirte WHERE settings:schemaId = "builtin:alerting.profile";\nALLOW settings:schemas:read WHERE environment:management-zone = "x"');
  const findings = page.getByRole('list', { name: 'Findings' });
  await findings.getByRole('listitem', { name: /^error at line 1 column 7$/ }).waitFor();
  await findings.getByText('unknown permission', { exact: false }).first().waitFor();
  expect(await findings.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  // the misspelt permission is underlined in the editor itself
  const underlined = page.getByRole('group', { name: 'Policy or boundary to validate' }).locator('.cm-lintRange-error');
  await underlined.first().waitFor();
  expect(await underlined.first().textContent()).toContain('wirte');
  await screenshot(page, 'calculator-validate');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await findings.getByRole('button', { name: 'Replace with settings:objects:write' }).click();
  await expect(findings.getByRole('listitem', { name: /^error at line 1 column 7$/ }).count()).resolves.toBe(0);
  await expect(page.getByRole('group', { name: 'Policy or boundary to validate' }).locator('.cm-lintRange-error', { hasText: 'wirte' }).count()).resolves.toBe(0);

  // Token advisor: seed 004's scope names that are no Dynatrace permission are marked, with the real one
  await page.getByRole('tab', { name: 'Token advisor' }).click();
  await page.getByRole('heading', { name: 'Scope names that are not Dynatrace permissions' }).waitFor();
  await page.getByRole('cell', { name: 'slo:read', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'slo:slos:read', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'storage:bucket-definitions:write', exact: true }).waitFor();
  await screenshot(page, 'calculator-token');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});
