/**
 * The pipeline's authentication stage, run once per request on routes that need a caller:
 * `Authorization: Bearer <token>` → persona (missing or unknown → 401), then the app context
 * (`dt-dev-app-id`, else `dt-app-context`), then the caller's permissions bound for the handlers.
 */
import type http from 'node:http';
import { bearerToken } from '../../http/request-headers';
import { errors } from '../errors';
import type { Caller } from '../iam/access';
import { CallerAccess } from '../iam/caller-access';
import type { AuthedCtx, RequestCtx } from './context';

export function authenticate(ctx: RequestCtx): AuthedCtx {
  const { core, req } = ctx;
  const persona = core.iam.authenticate(bearerToken(req));
  if (!persona) throw errors.unauthorized();
  const appId = appIdOf(req, core.registry.appId);
  const caller: Caller = { persona, ...(appId !== undefined ? { appId } : {}) };
  return {
    ...ctx,
    caller,
    access: new CallerAccess(caller, core.access),
    // the write's own time, not the request's arrival: handlers ask right before the synchronous
    // apply, so `created`/`modified` follow the order of writes (the app's quota tie-break needs it)
    actor: () => ({ userId: persona.id, ...(appId ? { appId } : {}), source: appId ? 'app' : 'api', time: Math.max(ctx.now, core.clock()) }),
  };
}

/** The calling app: `dt-dev-app-id`, else `dt-app-context` (its `appId`/`id`, or the app itself when not JSON). */
function appIdOf(req: http.IncomingMessage, defaultAppId: string): string | undefined {
  const dev = req.headers['dt-dev-app-id'];
  if (typeof dev === 'string' && dev.trim()) return dev.trim();
  const header = req.headers['dt-app-context'];
  if (typeof header !== 'string' || !header.trim()) return undefined;
  try {
    const parsed = JSON.parse(header) as { appId?: unknown; id?: unknown };
    if (typeof parsed.appId === 'string') return parsed.appId;
    if (typeof parsed.id === 'string') return parsed.id;
  } catch {
    // not JSON: the header's presence alone marks an app call
  }
  return defaultAppId;
}
