/**
 * The local host: one origin that serves the built app the way AppEngine would.
 *
 *   /platform/runtime/runtime-loader.js  runtime shim for the selected persona
 *   /platform/app-engine/registry/v1/app-icons/<app id>  the app's icon (`app.icon` in app.config.json)
 *   /platform/*, /_local/*               the embedded local platform
 *   /api/<function>                      built app functions in the real js-runtime
 *   /ui/apps/dynatrace.settings/*        a stand-in page for Dynatrace's Settings app (settings-app-stand-in.ts)
 *   /ui/*                                the built UI (dist/ui), `?persona=<id>` selects a persona
 *
 * The persona comes from the `ta_persona` cookie (browser) or `Authorization: Bearer <token>`
 * (scripts). One log line per request.
 */
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createFunctionRunner, type AppIdentity } from './function-runner';
import { InvocationTokens } from './invocation-tokens';
import { bearerToken, parseCookies } from '../http/request-headers';
import { sendError } from './replies';
import { createRuntime, type FunctionRuntime } from './runtime-pool';
import { runtimeShimScript } from './runtime-shim';
import { SETTINGS_APP_PREFIX, sendSettingsAppStandIn } from './settings-app-stand-in';
import { BUILD_COOKIE, serveUi } from './static-files';

export const PERSONA_COOKIE = 'ta_persona';

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
  host?: string;
  runtime?: FunctionRuntime;
  log?: (line: string) => void;
}

export interface RunningHost {
  url: string;
  port: number;
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

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const distDir = options.distDir ?? path.join(options.projectDir, 'dist');
  const { app, iconPath } = readAppConfig(options.projectDir);
  const runtime = options.runtime ?? createRuntime(process.env.TEAM_ALERTING_RUNTIME, options.projectDir);
  const log = options.log ?? ((line: string) => console.log(line));
  let origin = '';
  const tokens = new InvocationTokens();
  const runFunction = createFunctionRunner({ apiDir: path.join(distDir, 'api'), app, runtime, tokens, environmentUrl: () => `${origin}/`, log });
  const personas = () => options.platform.tenant().personas;

  function personaOf(req: http.IncomingMessage): HostPersona | undefined {
    const token = bearerToken(req);
    if (token) return personas().find((p) => p.token === token);
    const id = parseCookies(req.headers.cookie)[PERSONA_COOKIE];
    return id ? personas().find((p) => p.id === id) : undefined;
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<string | undefined> {
    const pathname = url.pathname;
    if (pathname === '/platform/runtime/runtime-loader.js') {
      const persona = personaOf(req);
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        runtimeShimScript({
          appId: app.id,
          appName: app.name,
          appVersion: app.version,
          environmentUrl: `${origin}/`,
          environmentId: 'local',
          persona,
          personas: personas().map(({ id, name, email, role }) => ({ id, name, email, role })),
        }),
      );
      return persona?.id;
    }
    // the app header asks AppEngine's registry for the app's icon
    if (pathname === `/platform/app-engine/registry/v1/app-icons/${encodeURIComponent(app.id)}` && iconPath) {
      const icon = await fs.promises.readFile(iconPath).catch(() => undefined);
      if (icon) {
        res.writeHead(200, { 'content-type': iconPath.endsWith('.png') ? 'image/png' : 'image/svg+xml', 'cache-control': 'no-cache' });
        res.end(icon);
        return undefined;
      }
    }
    if (pathname.startsWith('/platform/') || pathname.startsWith('/_local/')) {
      // a function's call: the platform sees the persona's token behind the invocation's
      const invocationToken = bearerToken(req);
      const personaToken = invocationToken === undefined ? undefined : tokens.redeem(invocationToken);
      if (personaToken !== undefined) req.headers.authorization = `Bearer ${personaToken}`;
      await options.platform.handle(req, res);
      return undefined;
    }
    if (pathname.startsWith('/api/')) {
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
      await runFunction(pathname.slice('/api/'.length), req, res, persona);
      return persona.id;
    }
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
      const selected = url.searchParams.get('persona');
      if (selected !== null) {
        const persona = personas().find((p) => p.id === selected);
        if (!persona) {
          sendError(res, 400, `unknown persona \`${selected}\``, { personas: personas().map((p) => p.id) });
          return undefined;
        }
        url.searchParams.delete('persona');
        res.writeHead(302, {
          location: `${url.pathname}${url.search}`,
          'set-cookie': `${PERSONA_COOKIE}=${encodeURIComponent(persona.id)}; Path=/; HttpOnly; SameSite=Lax`,
        });
        res.end();
        return persona.id;
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
   * Every request enters here: a log line when it is answered, the URL, `route`, and a last-resort
   * 500. Checks on requests as such (methods, Host/Origin, encodings) belong here, before `route`.
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`;
  return {
    url: origin,
    port,
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await runtime.close();
    },
  };
}
