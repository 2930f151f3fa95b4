import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { startHost, type HostPersona, type HostPlatform, type RunningHost } from './server';
import { WarmRuntimePool } from './runtime-pool';

const personas: HostPersona[] = [
  { id: 'p-member', name: 'Max Member', email: 'max@example.com', token: 'tok-member', role: 'member', teams: ['checkout'] },
  { id: 'p-outsider', name: 'Olga Outsider', email: 'olga@example.com', token: 'tok-outsider', role: 'outsider', teams: [] },
];

/** A stand-in platform: echoes the caller's token; only the member may run apps. */
const platform: HostPlatform = {
  async handle(req, res) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ path: req.url, authorization: req.headers.authorization ?? null, appContext: req.headers['dt-app-context'] ?? null }));
  },
  tenant: () => ({ personas }),
  authorize: (persona) => ({ decision: persona.id === 'p-member' ? 'allow' : 'deny' }),
};

let host: RunningHost;
const logs: string[] = [];

beforeAll(async () => {
  host = await startHost({
    platform,
    projectDir: path.resolve(__dirname, '../..'),
    distDir: path.join(__dirname, 'fixtures'),
    port: 0,
    runtime: new WarmRuntimePool(path.resolve(__dirname, '../..'), 1),
    log: (line) => logs.push(line),
  });
});
afterAll(async () => host.close());

function request(method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(`${host.url}${urlPath}`, { method, headers: options.headers }, (res) => {
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

describe('local host', () => {
  it('runs a built function in the js-runtime as the persona of the bearer token', async () => {
    const res = await request('POST', '/api/echo', { body: JSON.stringify({ hello: 'world' }), headers: { authorization: 'Bearer tok-member' } });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.payload).toEqual({ hello: 'world' });
    expect(body.user).toEqual({ id: 'p-member', name: 'Max Member', email: 'max@example.com' });
    // the function's platform call carries the persona's own token (no stored token)
    expect(body.platform.authorization).toBe('Bearer tok-member');
    expect(body.platform.path).toBe('/platform/echo');
  });

  it('uses the persona cookie set by ?persona= for browser calls', async () => {
    const select = await request('GET', '/ui/workspace?persona=p-member');
    expect(select.status).toBe(302);
    expect(select.headers.location).toBe('/ui/workspace');
    const cookie = String(select.headers['set-cookie']).split(';')[0]!;
    const res = await request('GET', '/api/echo', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).user.email).toBe('max@example.com');
  });

  it('refuses a persona without app-engine:apps:run with 403', async () => {
    const res = await request('POST', '/api/echo', { body: '{}', headers: { authorization: 'Bearer tok-outsider' } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error.message).toContain('app-engine:apps:run');
  });

  it('answers 401 without a persona and 400 for an unknown persona', async () => {
    expect((await request('POST', '/api/echo', { body: '{}' })).status).toBe(401);
    expect((await request('POST', '/api/echo', { body: '{}', headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await request('GET', '/ui/?persona=nobody')).status).toBe(400);
  });

  it('maps a throwing function to 540 and keeps serving', async () => {
    const crash = await request('POST', '/api/echo', { body: JSON.stringify({ throw: true }), headers: { authorization: 'Bearer tok-member' } });
    expect(crash.status).toBe(540);
    expect(JSON.parse(crash.text).error.details.logs).toContain('fixture failure');
    const next = await request('POST', '/api/echo', { body: '{}', headers: { authorization: 'Bearer tok-member' } });
    expect(next.status).toBe(200);
  });

  it('rejects unknown functions, malformed JSON and oversized bodies', async () => {
    const auth = { authorization: 'Bearer tok-member' };
    expect((await request('POST', '/api/nope', { body: '{}', headers: auth })).status).toBe(404);
    expect((await request('POST', '/api/..%2Fecho', { body: '{}', headers: auth })).status).toBe(404);
    expect((await request('POST', '/api/echo', { body: '{not json', headers: auth })).status).toBe(400);
    const big = await request('POST', '/api/echo', { body: JSON.stringify({ x: 'a'.repeat(1024 * 1024 + 10) }), headers: auth });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).error.message).toContain('limit');
  });

  it('serves the runtime shim for the selected persona, with the persona list for the switcher', async () => {
    const res = await request('GET', '/platform/runtime/runtime-loader.js', { headers: { cookie: 'ta_persona=p-outsider' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.text).toContain('"email":"olga@example.com"');
    expect(res.text).toContain('local-persona-switcher');
    expect(res.text).toContain('Max Member');
    // run it as the browser would: the SDK's app-environment and user-preferences functions answer
    const sandbox: Record<string, unknown> = {
      navigator: { language: 'de-AT' },
      document: { readyState: 'loading', addEventListener: () => undefined },
    };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(res.text, sandbox);
    const rt = sandbox.dtRuntime as { appEnvironment: Record<string, () => unknown>; userPreferences: Record<string, () => unknown> };
    expect(rt.appEnvironment.getCurrentUserDetails!()).toEqual({ id: 'p-outsider', name: 'Olga Outsider', email: 'olga@example.com' });
    expect(rt.userPreferences.getLanguage!()).toBe('en');
    expect(rt.userPreferences.getRegionalFormat!()).toBe('de');
    expect(typeof rt.userPreferences.getTimezone!()).toBe('string');
  });

  it('serves the app icon named in app.config.json where the app header asks the registry for it', async () => {
    const res = await request('GET', '/platform/app-engine/registry/v1/app-icons/my.team.alerting?appVersion=0.1.0');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.text).toContain('<svg');
    expect(JSON.parse((await request('GET', '/platform/app-engine/registry/v1/app-icons/other.app')).text).path).toBe('/platform/app-engine/registry/v1/app-icons/other.app');
  });

  it('answers the Settings app links with a stand-in page naming schema and object, escaped', async () => {
    const res = await request('GET', '/ui/apps/dynatrace.settings/settings/builtin%3Aalerting.profile/vu9U3hXa3q0AAAAB');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<code>builtin:alerting.profile</code>, object <code>vu9U3hXa3q0AAAAB</code>');
    const hostile = await request('GET', '/ui/apps/dynatrace.settings/settings/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.text).not.toContain('<script>');
    expect(hostile.text).toContain('&#60;script&#62;');
  });

  it('routes /platform and /_local to the platform and logs one line per request', async () => {
    const before = logs.length;
    const res = await request('GET', '/_local/tenant');
    expect(JSON.parse(res.text).path).toBe('/_local/tenant');
    expect(logs.length).toBe(before + 1);
    expect(logs[logs.length - 1]).toMatch(/GET \/_local\/tenant 200/);
  });
});
