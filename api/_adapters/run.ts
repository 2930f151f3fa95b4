/**
 * Wires the SDK-backed ports and the caller's identity into an operation. Everything is inside
 * the catch, so even a failure to read the user details answers `{ status: "error" }`.
 * Each app function passes its own operation (see lib/functions/index.ts for why not a name).
 */
import { getCurrentUserDetails } from '@dynatrace-sdk/app-environment';
import type { Ports } from '../../lib/functions/ports';
import { changeRequestStore } from './change-request-store';
import { fail } from '../../lib/functions/results';
import { metricsPort } from './metrics-port';
import { peoplePort } from './people-port';
import { settingsPort } from './settings-port';
import { teamStore } from './team-store';

export async function runFunction(operation: (ports: Ports, payload: unknown) => Promise<unknown>, payload: unknown): Promise<unknown> {
  try {
    const user = getCurrentUserDetails();
    const caller = { id: user.id ?? '', name: user.name ?? '', email: user.email ?? '' };
    return await operation({ caller, settings: settingsPort, teams: teamStore, changeRequests: changeRequestStore, metrics: metricsPort, people: peoplePort }, payload);
  } catch {
    return fail('error', 'internal/unexpected', 'the function failed unexpectedly');
  }
}
