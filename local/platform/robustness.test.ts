/** Bad input never crashes the server: every failure is an envelope and the server keeps serving. */
import http from 'node:http';
import { startHarness, SETTINGS, type Harness } from './test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

it.each([
  ['malformed JSON', 'POST', `${SETTINGS}/objects`, '[{', 400],
  ['wrong body type', 'POST', `${SETTINGS}/objects`, '{"a":1}', 400],
  ['wrong method', 'PATCH', `${SETTINGS}/objects`, undefined, 405],
  ['unknown path', 'GET', `${SETTINGS}/nothing`, undefined, 404],
  ['path outside the platform', 'GET', '/index.html', undefined, 404],
  ['unknown query parameter', 'GET', `${SETTINGS}/objects?schemaIds=builtin:alerting.profile&bogus=1`, undefined, 400],
  ['too deep filter', 'GET', `${SETTINGS}/objects?schemaIds=builtin:alerting.profile&fields=value&filter=${encodeURIComponent("((((((value.name = 'x'))))))")}`, undefined, 400],
  ['bad PUT body', 'PUT', `${SETTINGS}/objects/abc`, '{"value": 3}', 400],
])('%s → %p', async (_name, method, path, body, code) => {
  const r = await h.fetchAs('ada', path, { method, ...(body !== undefined ? { body } : {}) });
  expect(r.status).toBe(code);
  const b = (await r.json()) as any;
  expect(b.error.code).toBe(code);
  expect(typeof b.error.message).toBe('string');
});

it('answers 413 for bodies over 1 MiB and keeps serving', async () => {
  const big = JSON.stringify([{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: { name: 'x'.repeat(1_100_000) } }]);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(`${h.url}${SETTINGS}/objects`, { method: 'POST', headers: { authorization: `Bearer ${h.token('ada')}`, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end(big);
  });
  expect(status).toBe(413);
  expect((await h.fetchAs('ada', '/_local/health')).status).toBe(200);
});

it('401 for an unknown token', async () => {
  const r = await fetch(`${h.url}${SETTINGS}/schemas`, { headers: { authorization: 'Bearer nope' } });
  expect(r.status).toBe(401);
});

it('turns a bug inside a handler into a 500 envelope and keeps serving', async () => {
  const { libDeps } = await import('./deps');
  const { startPlatformServer } = await import('./server');
  const deps = libDeps();
  const broken = { ...deps, alerting: { ...deps.alerting, summaryOf: () => { throw new Error('boom'); } } };
  const errorsSeen: string[] = [];
  const s = await startPlatformServer({ dataDir: '/tmp/unused', reset: true, persistence: 'memory', deps: broken, logger: (e) => e.error && errorsSeen.push(e.error) });
  try {
    const token = s.platform.tenant().personas[0]!.token;
    const r = await fetch(`${s.url}${SETTINGS}/objects?schemaIds=builtin:alerting.profile&fields=summary`, { headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(500);
    expect(((await r.json()) as any).error.code).toBe(500);
    expect(errorsSeen[0]).toContain('boom');
    expect((await fetch(`${s.url}/_local/health`)).status).toBe(200);
  } finally {
    await s.close();
  }
});
