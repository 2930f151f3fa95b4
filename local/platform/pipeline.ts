/**
 * The request pipeline: route → method → authentication (bearer token → persona) → app context
 * (`dt-app-context` / `dt-dev-app-id`) → handler → reply. Every failure leaves through the one
 * error factory; an unexpected exception becomes a 500 envelope and the server keeps serving.
 */
import type http from 'node:http';
import type { Core, Ctx } from './core';
import { sendEmpty, sendJson } from '../http/respond';
import { asPlatformError, errors } from './errors';
import { errorBody, type EnvelopeFamily } from './http/envelope';
import { Query } from './http/query';
import type { Router } from './http/router';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  persona?: string;
  error?: string;
}

export type RequestLogger = (entry: RequestLogEntry) => void;

function familyOf(pathname: string): EnvelopeFamily {
  return pathname.startsWith('/platform/app-settings/') ? 'platform' : 'classic';
}

function bearer(req: http.IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m?.[1];
}

function appIdOf(req: http.IncomingMessage, defaultAppId: string): string | undefined {
  const dev = req.headers['dt-dev-app-id'];
  if (typeof dev === 'string' && dev.trim()) return dev.trim();
  const ctx = req.headers['dt-app-context'];
  if (typeof ctx !== 'string' || !ctx.trim()) return undefined;
  try {
    const parsed = JSON.parse(ctx) as { appId?: unknown; id?: unknown };
    if (typeof parsed.appId === 'string') return parsed.appId;
    if (typeof parsed.id === 'string') return parsed.id;
  } catch {
    // not JSON: the header's presence alone marks an app call
  }
  return defaultAppId;
}

export async function handleRequest(core: Core, router: Router, req: http.IncomingMessage, res: http.ServerResponse, logger?: RequestLogger): Promise<void> {
  const started = process.hrtime.bigint();
  const method = req.method ?? 'GET';
  let pathname = '/';
  let family: EnvelopeFamily = 'classic';
  let persona: string | undefined;
  let status = 500;
  let errorText: string | undefined;
  try {
    const url = new URL(req.url ?? '/', 'http://local.platform');
    pathname = url.pathname;
    family = familyOf(pathname);
    const match = router.match(pathname);
    if (!match || !(pathname.startsWith('/platform/') || pathname.startsWith('/_local/'))) {
      throw errors.notFound(`No such endpoint: ${method} ${pathname}`);
    }
    const handler = match.route.methods[method as keyof typeof match.route.methods];
    if (!handler) throw errors.methodNotAllowed(method, Object.keys(match.route.methods));
    const ctx: Ctx = { req, query: new Query(url.searchParams), params: match.params, family: match.route.family, core, now: Date.now() };
    if (match.route.auth) {
      const p = core.iam.authenticate(bearer(req));
      if (!p) throw errors.unauthorized();
      persona = p.email;
      const appId = appIdOf(req, core.registry.appId);
      ctx.caller = { persona: p, ...(appId !== undefined ? { appId } : {}) };
    }
    const reply = await handler(ctx);
    status = reply.status;
    if (reply.body === undefined) sendEmpty(res, reply.status);
    else sendJson(res, reply.status, reply.body, reply.headers);
  } catch (e) {
    const known = asPlatformError(e);
    const err = known ?? errors.internal();
    if (!known) {
      errorText = e instanceof Error ? (e.stack ?? e.message) : String(e);
      if (!logger) console.error(`[local platform] ${method} ${pathname} failed:`, errorText);
    }
    status = err.status;
    if (!res.headersSent) sendJson(res, err.status, errorBody(err, family), err.headers);
    else res.destroy();
  } finally {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    try {
      logger?.({ method, path: pathname, status, durationMs, ...(persona ? { persona } : {}), ...(errorText ? { error: errorText } : {}) });
    } catch {
      // a failing logger must not break the response
    }
  }
}
