/**
 * The request pipeline: route → method → authentication, once per request (bearer token →
 * persona → app context → the caller's permissions bound, `http/authenticate.ts`; for the
 * unauthenticated developer API the loopback/same-origin gate, `http/local-caller.ts`) → handler →
 * reply. Every failure leaves through the one error factory; an unexpected exception becomes a
 * 500 envelope and the server keeps serving.
 */
import type http from 'node:http';
import type { Core } from './core';
import { sendEmpty, sendJson } from '../http/respond';
import { asPlatformError, errors } from './errors';
import { errorBody, type EnvelopeFamily } from './http/envelope';
import { authenticate } from './http/authenticate';
import { assertLocalCaller } from './http/local-caller';
import type { Reply, RequestCtx } from './http/context';
import { Query } from './http/query';
import type { Method, Router } from './http/router';

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
  return pathname.startsWith('/platform/app-settings/') || pathname.startsWith('/platform/iam/') ? 'platform' : 'classic';
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
    const { route } = match;
    if (!Object.hasOwn(route.methods, method)) throw errors.methodNotAllowed(method, Object.keys(route.methods));
    const ctx: RequestCtx = { req, query: new Query(url.searchParams), params: match.params, family: route.family, core, now: core.clock() };
    let reply: Reply;
    if (route.auth) {
      const authed = authenticate(ctx);
      persona = authed.caller.persona.email;
      reply = await route.methods[method as Method]!(authed);
    } else {
      assertLocalCaller(req); // the developer API: unauthenticated, so loopback and same-origin only
      reply = await route.methods[method as Method]!(ctx);
    }
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
