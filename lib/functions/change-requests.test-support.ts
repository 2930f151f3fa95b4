/** A fake world whose checkout team has the demo's approval rules and two leads, for change-request tests. */
import { makeTeam } from '../teams/teams.test-support';
import type { ApprovalRule } from '../teams/model';
import { ALL, world } from './fake-ports.test-support';

export const MAX = 'max.member@example.com';
export const LENA = 'lena.lead@example.com';
export const LEO = 'leo.lead@example.com';
export const SAM = 'sam.search@example.com';
export const P = 'builtin:alerting.profile';
export const N = 'builtin:problem.notifications';
export const M = 'builtin:anomaly-detection.metric-events';

/** Deleting profiles and notifications, and any change in Payments (the demo tenant's checkout rules). */
export const CHECKOUT_RULES: ApprovalRule[] = [
  { schemaIds: [P, N], operations: ['delete'] },
  { schemaIds: ALL, operations: ['create', 'update', 'delete'], zones: ['Payments'] },
];

export function approvalWorld() {
  const w = world();
  const checkout = w.teams[0]!;
  w.teams[0] = makeTeam({ ...checkout, leads: [LENA, LEO], approvals: CHECKOUT_RULES });
  w.teams[1] = makeTeam({ ...w.teams[1]!, leads: [SAM], members: ['mia.member@example.com'] });
  const paymentsProfile = (name: string) => ({ name: `[checkout] ${name}`, managementZone: w.zoneId.Payments });
  const checkoutProfile = (name: string) => ({ name: `[checkout] ${name}`, managementZone: w.zoneId.Checkout });
  const token = (id: string) => w.objects.get(id)!.token;
  return { w, paymentsProfile, checkoutProfile, token };
}
