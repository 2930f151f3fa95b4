/**
 * The checks every request to the local host passes before it is routed, in this order:
 * 1. `Host` names this machine (loopback; with `--allow-remote` also IP literals and the bind
 *    name): a page that rebinds its DNS name to 127.0.0.1 can neither read the persona tokens
 *    of `/_local/tenant` nor call anything else.
 * 2. the path is well-formed percent-encoding (`/ui/%` is the client's error, 400, not ours).
 * 3. the method is one the route serves: `/api/*` GET and POST (the App Functions API documents
 *    those two), the UI GET and HEAD; `/platform/*` and `/_local/*` answer 405 themselves.
 * 4. nothing a browser marks as sent by another origin changes state (any method but GET, HEAD
 *    and OPTIONS) or reaches a function, the developer API or the runtime shim with any method:
 *    a function may write whatever its method, and the shim names the personas.
 * Persona selection and the persona cookie have their own rules (`persona-session.ts`).
 */
import type http from 'node:http';
import { isIpLiteralHost, isLoopbackHost, provenanceOf, requestOrigin } from '../http/request-origin';

export const RUNTIME_SHIM_PATH = '/platform/runtime/runtime-loader.js';

export interface Refusal {
  status: number;
  message: string;
  headers?: http.OutgoingHttpHeaders;
}

/** Which `Host` values to answer: loopback always; IP literals and the bind name only when remote access was allowed. */
export function hostAllowList(remote: { allowed: boolean; bindHost?: string }): (host: string | undefined) => boolean {
  const bindHost = remote.bindHost?.toLowerCase();
  return (host) => {
    if (isLoopbackHost(host)) return true;
    if (!remote.allowed || host === undefined) return false;
    if (isIpLiteralHost(host)) return true;
    return bindHost !== undefined && host.toLowerCase().replace(/:\d{1,5}$/, '') === bindHost;
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The methods the host itself serves on a path; undefined where the platform decides. */
function methodsOf(pathname: string): string[] | undefined {
  if (pathname.startsWith('/api/')) return ['GET', 'POST'];
  if (pathname === RUNTIME_SHIM_PATH || pathname === '/' || pathname === '/ui' || pathname.startsWith('/ui/')) return ['GET', 'HEAD'];
  return undefined;
}

/** Paths no other origin may reach with any method. */
function sameOriginOnly(pathname: string): boolean {
  return pathname.startsWith('/api/') || pathname.startsWith('/_local/') || pathname === RUNTIME_SHIM_PATH;
}

/** Shortened for a message: a header is the caller's text. */
function quoted(text: string): string {
  return `\`${text.length > 100 ? `${text.slice(0, 100)}…` : text}\``;
}

export function checkRequest(req: http.IncomingMessage, url: URL, allowedHost: (host: string | undefined) => boolean): Refusal | undefined {
  const host = req.headers.host;
  if (!allowedHost(host)) {
    return {
      status: 403,
      message: `host ${host === undefined ? '(none)' : quoted(host)} is not allowed: the local host answers only \`127.0.0.1\`, \`localhost\` and \`[::1]\` (with an optional port)`,
    };
  }
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, message: `the request path ${quoted(url.pathname)} is not valid percent-encoding` };
  }
  const method = req.method ?? 'GET';
  const methods = methodsOf(url.pathname);
  if (methods && !methods.includes(method)) {
    return { status: 405, message: `method ${quoted(method)} is not allowed here; allowed: ${methods.join(', ')}`, headers: { allow: methods.join(', ') } };
  }
  if ((!SAFE_METHODS.has(method) || sameOriginOnly(url.pathname)) && provenanceOf(req.headers, requestOrigin(req)) === 'cross-origin') {
    const from = typeof req.headers.origin === 'string' ? ` (origin ${quoted(req.headers.origin)})` : '';
    return { status: 403, message: `cross-origin request refused${from}: the local host takes this only from its own pages or from scripts` };
  }
  return undefined;
}
