/**
 * `upsert-team` through the BUILT function in the js-runtime against the local platform: a zone
 * another team owns is refused with the owner named at the zone's field, a zone the team declares
 * as shared is accepted and stored as such, and `list-teams` hands the editor the zone table.
 */
import { startLocalStack, type LocalStack } from '../support/local-stack';

jest.setTimeout(60_000);

const ADMIN = 'Ada Admin';
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
}, 60_000);
afterAll(async () => stack?.close());

const team = (zones: string[], sharedZones?: string[]) => ({
  id: 'payments', displayName: 'Payments', members: ['pia@example.com'], leads: [],
  scope: { kind: 'management-zones', managementZones: zones },
  ...(sharedZones ? { sharedZones } : {}),
  allowedSchemas: ['builtin:alerting.profile'], notifications: { allowedTypes: ['EMAIL'], mode: 'enforce' },
});

describe('upsert-team and zones other teams own', () => {
  it('list-teams answers the tenant\'s zone names for the picker', async () => {
    const r = await stack.call(ADMIN, 'list-teams', {});
    expect(r.body.status).toBe('ok');
    expect(r.body.zones).toEqual(expect.arrayContaining(stack.tenant.managementZones.map((z) => z.name)));
  });

  it('refuses a zone of team Checkout, naming the owner at the zone\'s path, and stores nothing', async () => {
    const r = await stack.call(ADMIN, 'upsert-team', { team: team(['Infrastructure', 'Payments']) });
    expect(r.body).toEqual({
      status: 'invalid',
      diagnostics: [expect.objectContaining({
        code: 'team/scope/zone-owned', severity: 'error',
        message: 'management zone “Payments” already belongs to team “Checkout” (checkout)',
        location: { path: 'team/scope/managementZones/1' },
      })],
    });
    const list = await stack.call(ADMIN, 'list-teams', {});
    expect(list.body.teams.map((t: { team: { id: string } }) => t.team.id)).not.toContain('payments');
  });

  it('accepts the zone when the team declares it shared, and records it as shared', async () => {
    const r = await stack.call(ADMIN, 'upsert-team', { team: team(['Payments'], ['Payments']) });
    expect(r.body).toMatchObject({ status: 'ok', warnings: [{ code: 'team/scope/shared-zone', severity: 'info', location: { path: 'team/scope/managementZones/0' } }] });
    const list = await stack.call(ADMIN, 'list-teams', {});
    const stored = list.body.teams.find((t: { team: { id: string } }) => t.team.id === 'payments');
    expect(stored.team).toMatchObject({ scope: { managementZones: ['Payments'] }, sharedZones: ['Payments'] });
  });
});
