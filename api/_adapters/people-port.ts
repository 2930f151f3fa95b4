/**
 * `PeoplePort` over the IAM API's user directory (`POST /platform/iam/v1/organizational-levels/
 * environment/<environment id>/users` with the user ids as body; scope `iam:users:read`), as the
 * calling user. No SDK client of the registry covers it (`@dynatrace-sdk/client-iam` is not
 * published there), so the adapter calls the path with the runtime's `fetch`, which AppEngine
 * authenticates and routes like the SDK clients' calls. 401/403 → forbidden, 404 → not-found,
 * anything else unexpected is an error.
 */
import { getEnvironmentId } from '@dynatrace-sdk/app-environment';
import { PortError, type DirectoryUserRecord, type PeoplePort } from '../../lib/functions/ports';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** the environment id is one path segment (IAM: at most 36 characters) */
const LEVEL_ID = /^[A-Za-z0-9_-]{1,36}$/;

function user(v: unknown): DirectoryUserRecord | undefined {
  if (!isObj(v) || typeof v.uid !== 'string' || typeof v.email !== 'string') return undefined;
  return {
    uid: v.uid, email: v.email,
    ...(typeof v.name === 'string' ? { name: v.name } : {}),
    ...(typeof v.surname === 'string' ? { surname: v.surname } : {}),
  };
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as unknown;
    const error = isObj(body) && isObj(body.error) ? body.error : undefined;
    if (error && typeof error.message === 'string') return error.message;
  } catch {
    // no JSON body
  }
  return `the user directory answered HTTP ${response.status}`;
}

export const peoplePort: PeoplePort = {
  async lookup(ids) {
    const environmentId = getEnvironmentId();
    if (!LEVEL_ID.test(environmentId)) throw new PortError('error', 'the environment id is unknown');
    const response = await fetch(`/platform/iam/v1/organizational-levels/environment/${environmentId}/users`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(ids),
    });
    if (response.status === 401 || response.status === 403) throw new PortError('forbidden', await messageOf(response));
    if (response.status === 404) throw new PortError('not-found', await messageOf(response));
    if (!response.ok) throw new PortError('error', await messageOf(response));
    const body = (await response.json()) as unknown;
    const results = isObj(body) && Array.isArray(body.results) ? body.results : [];
    return results.map(user).filter((u): u is DirectoryUserRecord => u !== undefined);
  },
};
