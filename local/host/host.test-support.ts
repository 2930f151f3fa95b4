/**
 * A local host for the host's own tests: the fixture build (`fixtures/api/echo.js`), one warm
 * js-runtime worker, and a stand-in platform that echoes what reached it (path, the caller's
 * token, the headers a browser would add) and records every request. `request` sends real HTTP
 * with any method, headers (`host` included) and body.
 */
import http from 'node:http';
import path from 'node:path';
import { startHost, type HostOptions, type HostPersona, type HostPlatform, type RunningHost } from './server';
import { WarmRuntimePool } from './runtime-pool';

export const personas: HostPersona[] = [
  { id: 'p-member', name: 'Max Member', email: 'max@example.com', token: 'tok-member', role: 'member', teams: ['checkout'] },
  { id: 'p-outsider', name: 'Olga Outsider', email: 'olga@example.com', token: 'tok-outsider', role: 'outsider', teams: [] },
];

export interface TestHost {
  host: RunningHost;
  logs: string[];
  /** `METHOD url` of every request that reached the platform */
  platformRequests: string[];
  close(): Promise<void>;
}

export async function startTestHost(options: Partial<HostOptions> = {}): Promise<TestHost> {
  const logs: string[] = [];
  const platformRequests: string[] = [];
  // only the member may run apps
  const platform: HostPlatform = {
    async handle(req, res) {
      platformRequests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          path: req.url,
          authorization: req.headers.authorization ?? null,
          appContext: req.headers['dt-app-context'] ?? null,
          origin: req.headers.origin ?? null,
          fetchSite: req.headers['sec-fetch-site'] ?? null,
        }),
      );
    },
    tenant: () => ({ personas }),
    authorize: (persona) => ({ decision: persona.id === 'p-member' ? 'allow' : 'deny' }),
  };
  const projectDir = path.resolve(__dirname, '../..');
  const host = await startHost({
    platform,
    projectDir,
    distDir: path.join(__dirname, 'fixtures'),
    port: 0,
    runtime: new WarmRuntimePool(projectDir, 1),
    log: (line) => logs.push(line),
    ...options,
  });
  return { host, logs, platformRequests, close: () => host.close() };
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export function request(base: string, method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // node sends a GET, DELETE or OPTIONS body without framing unless told its length
    const length = options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) };
    const req = http.request(`${base}${urlPath}`, { method, headers: { ...length, ...options.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** The error envelope of a host answer. */
export function errorOf(answer: Answer): { code: number; message: string; details?: Record<string, unknown> } {
  return (JSON.parse(answer.text) as { error: { code: number; message: string; details?: Record<string, unknown> } }).error;
}
