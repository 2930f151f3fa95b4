/**
 * The local host: one origin that serves the built app the way AppEngine would.
 *
 *   /platform/runtime/runtime-loader.js  runtime shim for the selected persona
 *   /platform/app-engine/registry/v1/app-icons/<app id>  the app's icon (`app.icon` in app.config.json)
 *   /favicon.ico                         the same icon, where the browser asks for the page's (the
 *                                        Dynatrace shell around a deployed app shows its own)
 *   /platform/app-engine/app-functions/v1/apps/<app id>/api/<function>  the App Functions API (scripts, `npm run -s mac`)
 *   /platform/*, /_local/*               the embedded local platform
 *   /api/<function>                      built app functions in the real js-runtime
 *   /ui/apps/dynatrace.settings/*        a stand-in page for Dynatrace's Settings app (settings-app-stand-in.ts)
 *   /ui/*                                the built UI (dist/ui), `?persona=<id>` selects a persona
 *
 * A developer tool without real authentication: it listens on loopback unless told
 * `allowRemote`, answers loopback `Host` names only, and refuses what browsers mark as sent by
 * other origins (`request-guard.ts`). The persona comes from `Authorization: Bearer <token>`
 * (scripts) or the `ta_persona` cookie (browser, `persona-session.ts`). One log line per request.
 */
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { APP_FUNCTION_METHODS, appFunctionsRoute } from './app-functions-api';
import { createFunctionRunner, type AppIdentity } from './function-runner';
import { InvocationTokens } from './invocation-tokens';
import { bearerToken, parseCookies } from '../http/request-headers';
import { isLoopbackAddress, requestOrigin } from '../http/request-origin';
import { personaOf as sessionPersona, selectPersona } from './persona-session';
import { sendError } from './replies';
import { checkRequest, hostAllowList, RUNTIME_SHIM_PATH } from './request-guard';
import { createRuntime, type FunctionRuntime } from './runtime-pool';
import { runtimeShimScript } from './runtime-shim';
import { SETTINGS_APP_PREFIX, sendSettingsAppStandIn } from './settings-app-stand-in';
import { BUILD_COOKIE, serveUi } from './static-files';

export { PERSONA_COOKIE } from './persona-session';

export interface HostPersona {
  id: string;
  name: string;
  email: string;
  token: string;
  role: string;
  teams: string[];
}

/** What the host needs from the local platform (implemented by `local/platform`). */
export interface HostPlatform {
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  tenant(): { personas: HostPersona[] };
  authorize(persona: HostPersona, permission: string, attributes: Record<string, string>): { decision: 'allow' | 'deny' };
}

export interface HostOptions {
  platform: HostPlatform;
  projectDir: string;
  distDir?: string;
  port?: number;
  /** the address to listen on, 127.0.0.1 unless given; a non-loopback one needs `allowRemote` */
  host?: string;
  /** listen on a non-loopback address: everyone who can reach it can act as any persona */
  allowRemote?: boolean;
  runtime?: FunctionRuntime;
  log?: (line: string) => void;
}

export interface RunningHost {
  /** the origin this machine reaches the host at (loopback for a wildcard bind) */
  url: string;
  port: number;
  /** the address the server really listens on, as the socket reports it (`0.0.0.0:3000`, `[::]:3000`) */
  listening: string;
  /** whether that address is reachable from other machines */
  remote: boolean;
  server: http.Server;
  close(): Promise<void>;
}

function readAppConfig(projectDir: string): { app: AppIdentity; iconPath: string | undefined } {
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'app.config.json'), 'utf8')) as { app: AppIdentity & { icon?: string } };
  return {
    app: { id: config.app.id, name: config.app.name, version: config.app.version },
    iconPath: typeof config.app.icon === 'string' ? path.resolve(projectDir, config.app.icon) : undefined,
  };
}

/** `0.0.0.0:3000`, `[::]:3000`: an address as a socket reports it. */
function addressText(address: AddressInfo): string {
  return `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
}

/** The origin this machine reaches a listening server at: its address, or loopback for a wildcard bind. */
function localOrigin(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  if (address.family === 'IPv6') return `http://[${wildcard ? '::1' : address.address}]:${address.port}`;
  return `http://${wildcard ? '127.0.0.1' : address.address}:${address.port}`;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const bindHost = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(bindHost) && !options.allowRemote) {
    // every persona's token and an unauthenticated reset would be open to the network
    throw new Error(
      `refusing to listen on \`${bindHost}\`: the local host has no real authentication (anyone who reaches it can act as any persona and reset the data); listen on 127.0.0.1, or allow remote access explicitly (\`npm start -- --allow-remote\`)`,
    );
  }
  const distDir = options.distDir ?? path.join(options.projectDir, 'dist');
  const { app, iconPath } = readAppConfig(options.projectDir);
  const runtime = options.runtime ?? createRuntime(process.env.TEAM_ALERTING_RUNTIME, options.projectDir);
  const log = options.log ?? ((line: string) => console.log(line));
  let origin = '';
  const tokens = new InvocationTokens();
  const runFunction = createFunctionRunner({ apiDir: path.join(distDir, 'api'), app, runtime, tokens, environmentUrl: () => `${origin}/`, log });
  const personas = () => options.platform.tenant().personas;
  const personaOf = (req: http.IncomingMessage) => sessionPersona(req, personas());
  const allowedHost = hostAllowList({ allowed: options.allowRemote === true, bindHost });

  /** `/api/<function>` and the App Functions API: the caller's persona, AppEngine's run permissions, then the function. */
  async function runAsCaller(name: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<string | undefined> {
    const persona = personaOf(req);
    if (!persona) {
      sendError(res, 401, 'no persona: send `Authorization: Bearer <persona token>` or open the UI with `?persona=<id>`');
      return undefined;
    }
    for (const [permission, attributes] of [
      ['app-engine:apps:run', { 'shared:app-id': app.id }],
      ['app-engine:functions:run', {}],
    ] as const) {
      if (options.platform.authorize(persona, permission, attributes).decision !== 'allow') {
        sendError(res, 403, `Insufficient permissions: \`${permission}\` is not granted for app \`${app.id}\``, { missingPermissions: [permission] });
        return persona.id;
      }
    }
    await runFunction(name, req, res, persona);
    return persona.id;
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<string | undefined> {
    const pathname = url.pathname;
    if (pathname === RUNTIME_SHIM_PATH) {
      const persona = personaOf(req);
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        runtimeShimScript({
          appId: app.id,
          appName: app.name,
          appVersion: app.version,
          // the page's own origin (its Host is checked): the one a browser on another machine uses
          environmentUrl: `${requestOrigin(req)}/`,
          environmentId: 'local',
          persona,
          personas: personas().map(({ id, name, email, role }) => ({ id, name, email, role })),
        }),
      );
      return persona?.id;
    }
    // the app header asks AppEngine's registry for the app's icon, the browser for the favicon
    const readsIcon = req.method === 'GET' || req.method === 'HEAD';
    const iconRoute = pathname === `/platform/app-engine/registry/v1/app-icons/${encodeURIComponent(app.id)}` || pathname === '/favicon.ico';
    if (readsIcon && iconRoute && iconPath) {
      const icon = await fs.promises.readFile(iconPath).catch(() => undefined);
      if (icon) {
        res.writeHead(200, { 'content-type': iconPath.endsWith('.png') ? 'image/png' : 'image/svg+xml', 'cache-control': 'no-cache' });
        res.end(icon);
        return undefined;
      }
    }
    const appFunction = appFunctionsRoute(pathname, app.id);
    if (appFunction?.kind === 'malformed') {
      sendError(res, 404, `no route for \`${pathname}\``);
      return undefined;
    }
    if (appFunction?.kind === 'unknown-app') {
      sendError(res, 404, `app \`${appFunction.appId}\` not found`);
      return undefined;
    }
    if (appFunction) {
      if (!APP_FUNCTION_METHODS.includes(req.method ?? '')) {
        sendError(res, 405, `method \`${req.method}\` not allowed`, { allowed: APP_FUNCTION_METHODS });
        return undefined;
      }
      return runAsCaller(appFunction.name, req, res);
    }
    if (pathname.startsWith('/platform/') || pathname.startsWith('/_local/')) {
      // a function's call: the platform sees the persona's token behind the invocation's
      const invocationToken = bearerToken(req);
      const personaToken = invocationToken === undefined ? undefined : tokens.redeem(invocationToken);
      if (personaToken !== undefined) req.headers.authorization = `Bearer ${personaToken}`;
      await options.platform.handle(req, res);
      return undefined;
    }
    if (pathname.startsWith('/api/')) return runAsCaller(pathname.slice('/api/'.length), req, res);
    if (pathname === '/' || pathname === '/ui') {
      res.writeHead(302, { location: `/ui/${url.search}` });
      res.end();
      return undefined;
    }
    if (pathname.startsWith(SETTINGS_APP_PREFIX)) {
      sendSettingsAppStandIn(res, pathname);
      return undefined;
    }
    if (pathname.startsWith('/ui/')) {
      const selection = selectPersona(req, url, personas());
      if (selection.kind === 'refused') {
        sendError(res, selection.refusal.status, selection.refusal.message, selection.refusal.details);
        return undefined;
      }
      if (selection.kind === 'selected') {
        res.writeHead(302, { location: selection.location, 'set-cookie': selection.setCookie, 'cache-control': 'no-store' });
        res.end();
        return selection.personaId;
      }
      await serveUi(path.join(distDir, 'ui'), pathname, res, {
        ifNoneMatch: typeof req.headers['if-none-match'] === 'string' ? req.headers['if-none-match'] : undefined,
        build: parseCookies(req.headers.cookie)[BUILD_COOKIE],
      });
      return personaOf(req)?.id;
    }
    sendError(res, 404, `no route for \`${pathname}\``);
    return undefined;
  }

  /**
   * Every request enters here: a log line when it is answered, the URL, the request's checks
   * (`request-guard.ts`: Host, encoding, method, origin), `route`, and a last-resort 500.
   */
  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const started = process.hrtime.bigint();
    let personaId: string | undefined;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms${personaId ? ` persona=${personaId}` : ''}`);
    });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://local');
    } catch {
      sendError(res, 400, 'malformed request URL');
      return;
    }
    const refusal = checkRequest(req, url, allowedHost);
    if (refusal) {
      req.resume(); // the body is not read: drain it so the connection can carry the answer
      sendError(res, refusal.status, refusal.message, undefined, refusal.headers);
      return;
    }
    route(req, res, url)
      .then((id) => {
        personaId = id;
      })
      .catch((error: unknown) => {
        log(`host error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!res.headersSent) sendError(res, 500, 'internal error in the local host');
        else res.end();
      });
  }

  const server = http.createServer(handle);
  // a function's SDK keeps connections to the host alive between its calls; Node's default of 5 s
  // closed idle ones while a long function (a plan of 1,000 objects) still meant to reuse them,
  // and its next fetch failed before reaching the platform (the SDK's `UnexpectedError`)
  server.keepAliveTimeout = 130_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, bindHost, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = localOrigin(address);
  return {
    url: origin,
    port: address.port,
    listening: addressText(address),
    remote: !isLoopbackAddress(address.address),
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await runtime.close();
    },
  };
}
