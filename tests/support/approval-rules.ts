/**
 * Suites about something else than approvals (the form editor, config as code) write where the
 * demo's checkout team holds changes back for a lead (its deletes and Payments changes): they lift
 * the team's approval rules first, through the admin's own `upsert-team`, as an admin would.
 * Approvals themselves are tested in tests/integration/change-requests.test.ts and
 * tests/e2e/change-requests.test.ts.
 */
import type { LocalStack } from './local-stack';
import { ADMIN } from './scoping-fixtures';

export async function liftApprovalRules(stack: LocalStack, teamId: string): Promise<void> {
  const listed = await stack.call(ADMIN, 'list-teams', {});
  const stored = (listed.body.teams as Array<{ objectId: string; version: string; team: Record<string, unknown> }>).find((t) => t.team.id === teamId);
  if (!stored) throw new Error(`no team ${teamId} in the demo tenant`);
  const saved = await stack.call(ADMIN, 'upsert-team', { objectId: stored.objectId, version: stored.version, team: { ...stored.team, approvals: [] } });
  if (saved.body.status !== 'ok') throw new Error(`could not lift the approval rules of ${teamId}: ${JSON.stringify(saved.body).slice(0, 300)}`);
}
