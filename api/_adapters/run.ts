/**
 * Wires the SDK-backed ports and the caller's identity into an operation. Everything is inside
 * the catch, so even a failure to read the user details answers `{ status: "error" }`.
 */
import { getCurrentUserDetails } from '@dynatrace-sdk/app-environment';
import { operations, type OperationName } from '../../lib/functions/index';
import { settingsPort } from './settings-port';
import { teamStore } from './team-store';

export async function runFunction(name: OperationName, payload: unknown): Promise<unknown> {
  try {
    const user = getCurrentUserDetails();
    const caller = { id: user.id ?? '', name: user.name ?? '', email: user.email ?? '' };
    return await operations[name]({ caller, settings: settingsPort, teams: teamStore }, payload);
  } catch {
    return { status: 'error', diagnostics: [{ code: 'internal/unexpected', message: 'the function failed unexpectedly' }] };
  }
}
