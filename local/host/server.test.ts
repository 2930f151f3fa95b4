import vm from 'node:vm';
import { request as send, startTestHost, type TestHost } from './host.test-support';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});
afterAll(async () => test.close());

const request = (method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}) => send(test.host.url, method, urlPath, options);
/** What a browser adds to a request of a page of this origin. */
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };

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
    // the runtime's own calls say nothing of a browser origin, so the host's origin checks let them through
    expect(body.platform.origin).toBeNull();
    expect(body.platform.fetchSite).toBeNull();
  });

  it('uses the persona cookie set by ?persona= for browser calls', async () => {
    const select = await request('GET', '/ui/workspace?persona=p-member&team=checkout', { headers: { 'sec-fetch-site': 'none' } });
    expect(select.status).toBe(302);
    expect(select.headers.location).toBe('/ui/workspace?team=checkout');
    const cookie = String(select.headers['set-cookie']).split(';')[0]!;
    const res = await request('POST', '/api/echo', { body: '{"a":1}', headers: { cookie, origin: test.host.url, 'sec-fetch-site': 'same-origin' } });
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
    expect((await request('GET', '/ui/?persona=nobody', { headers: { 'sec-fetch-site': 'none' } })).status).toBe(400);
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
    // dt-app's own function server takes 5,000,000 bytes: a project upload of 4 MiB fits, more does not
    const fits = await request('POST', '/api/echo', { body: JSON.stringify({ x: 'a'.repeat(4 * 1024 * 1024) }), headers: auth });
    expect(fits.status).toBe(200);
    const big = await request('POST', '/api/echo', { body: JSON.stringify({ x: 'a'.repeat(5_000_000) }), headers: auth });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).error.message).toBe('request body exceeds the limit of 5000000 bytes');
  });

  it('serves the App Functions API path as the bearer token\'s persona, for this app only', async () => {
    const auth = { authorization: 'Bearer tok-member' };
    const res = await request('POST', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo', { body: JSON.stringify({ via: 'api' }), headers: auth });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.payload).toEqual({ via: 'api' });
    expect(body.user.email).toBe('max@example.com');
    expect(body.platform.authorization).toBe('Bearer tok-member');
    expect((await request('GET', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo', { headers: auth })).status).toBe(200);
    expect((await request('POST', '/platform/app-engine/app-functions/v1/apps/other.app/api/echo', { body: '{}', headers: auth })).status).toBe(404);
    expect((await request('POST', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/nope', { body: '{}', headers: auth })).status).toBe(404);
    expect((await request('POST', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo/x', { body: '{}', headers: auth })).status).toBe(404);
    expect((await request('DELETE', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo', { headers: auth })).status).toBe(405);
    expect((await request('POST', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo', { body: '{}' })).status).toBe(401);
    expect((await request('POST', '/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/echo', { body: '{}', headers: { authorization: 'Bearer tok-outsider' } })).status).toBe(403);
  });

  it('serves the runtime shim for the selected persona, with the persona list for the switcher', async () => {
    const res = await request('GET', '/platform/runtime/runtime-loader.js', { headers: { cookie: 'ta_persona=p-outsider', ...SAME_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.text).toContain('"email":"olga@example.com"');
    expect(res.text).toContain('local-persona-switcher');
    expect(res.text).toContain('Max Member');
    expect(res.text).toContain(`"environmentUrl":"${test.host.url}/"`);
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

  it('answers the browser\'s favicon request with the app icon (no 404 in the console)', async () => {
    const res = await request('GET', '/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.text).toContain('aria-label="Team Alerting"');
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
    const before = test.logs.length;
    const res = await request('GET', '/_local/tenant');
    expect(JSON.parse(res.text).path).toBe('/_local/tenant');
    expect(test.logs.length).toBe(before + 1);
    expect(test.logs[test.logs.length - 1]).toMatch(/GET \/_local\/tenant 200/);
  });
});
