/**
 * The IAM API's user directory (`/platform/iam/v1/organizational-levels/{level-type}/{level-id}/
 * users`), for the app's names instead of user ids: `POST …/users` (body: user UUIDs, query
 * `partialString`) and `GET …/users/{uuid}`. Every persona is an active user of the demo
 * account. Access as documented: the app must declare the scope `iam:users:read` and the caller
 * must hold `iam:users:read`; the level must be the tenant's environment (`local`) or its account,
 * else 403 as Dynatrace answers for a level the caller is not assigned to.
 *
 * Users are `RestUserPublic` (`uid`, `email`, `name`, `surname`), ordered by name, then surname;
 * the list answers `{ results, totalCount }`. At most 25 ids per call (the documented limit of
 * the `uuid` filter; assumed for the body too).
 */
import { readJson } from '../../http/body';
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { bodyViolation } from '../settings-common/object-input';
import { ACCOUNT_ID, ENVIRONMENT_ID, PERSONAS, type Persona } from '../tenant/demo-data';

const PERMISSION = 'iam:users:read';
const MAX_IDS = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_ASSIGNED = "Calling user is not assigned to the requested account or requested environment is not assigned to account that user is assigned to or the 'level-id' does not exist";

interface RestUserPublic {
  uid: string;
  email: string;
  name: string;
  surname: string;
}

function userOf(p: Persona): RestUserPublic {
  const [name = '', ...rest] = p.name.split(' ');
  return { uid: p.id, email: p.email, name, surname: rest.join(' ') };
}

const byName = (a: RestUserPublic, b: RestUserPublic) => a.name.localeCompare(b.name) || a.surname.localeCompare(b.surname);

function requireDirectory(ctx: AuthedCtx): void {
  const { levelType, levelId } = ctx.params;
  if (levelType !== 'environment' && levelType !== 'account') {
    throw errors.badRequest(`Invalid level-type '${levelType}'; allowed values: account, environment`, [{ path: 'level-type', message: 'allowed values: account, environment', parameterLocation: 'PATH' }]);
  }
  ctx.access.requireAppScope(PERMISSION);
  if (!ctx.access.authorize(PERMISSION, {})) throw errors.forbidden(PERMISSION, '(execution user is not allowed to perform the action)');
  if (levelId !== (levelType === 'environment' ? ENVIRONMENT_ID : ACCOUNT_ID)) throw errors.forbiddenWith(NOT_ASSIGNED);
}

/** `partialString`: the e-mail contains it, or "name surname" / "surname name" starts with it. */
function matchesPartial(u: RestUserPublic, partial: string): boolean {
  const p = partial.toLowerCase();
  return u.email.toLowerCase().includes(p) || `${u.name} ${u.surname}`.toLowerCase().startsWith(p) || `${u.surname} ${u.name}`.toLowerCase().startsWith(p);
}

export async function postUsers(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['partialString']);
  requireDirectory(ctx);
  const body = await readJson(ctx.req);
  if (!Array.isArray(body) || body.some((id) => typeof id !== 'string')) {
    throw errors.badRequest('Request body must be a list of user UUIDs', [bodyViolation('', 'expected an array of strings')]);
  }
  const ids = body as string[];
  const bad = ids.findIndex((id) => !UUID.test(id));
  if (bad >= 0) throw errors.badRequest(`'${ids[bad]}' is not a UUID`, [bodyViolation(String(bad), 'must be a UUID')]);
  if (ids.length > MAX_IDS) throw errors.badRequest(`At most ${MAX_IDS} user UUIDs can be requested at once`, [bodyViolation('', `at most ${MAX_IDS} items`)]);
  const partial = ctx.query.string('partialString');
  if (partial !== undefined && (partial.length < 3 || partial.length > 320)) throw errors.invalidQuery('partialString', 'partialString must be 3 to 320 characters long');
  if (ids.length === 0 && partial === undefined) throw errors.badRequest('It is required to provide either request body containing list of user UUIDs or partialString');
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const results = PERSONAS.map(userOf)
    .filter((u) => wanted.has(u.uid) || (partial !== undefined && matchesPartial(u, partial)))
    .sort(byName);
  return { status: 200, body: { results, totalCount: results.length } };
}

export async function getUser(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly([]);
  requireDirectory(ctx);
  const persona = PERSONAS.find((p) => p.id === ctx.params.uuid?.toLowerCase());
  if (!persona) throw errors.notFound(`User '${ctx.params.uuid}' not found`);
  return { status: 200, body: userOf(persona) };
}
