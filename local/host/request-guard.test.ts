import net from 'node:net';
import { errorOf, request as send, startTestHost, type TestHost } from './host.test-support';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});
afterAll(async () => test.close());

const request = (method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}) => send(test.host.url, method, urlPath, options);
const member = { authorization: 'Bearer tok-member' };

/** Runs `send` and answers whether the request reached the stand-in platform. */
async function reachedPlatform(sendIt: () => Promise<unknown>): Promise<boolean> {
  const before = test.platformRequests.length;
  await sendIt();
  return test.platformRequests.length > before;
}

describe('Host header (DNS rebinding)', () => {
  it('answers the loopback names, with or without a port, on every route', async () => {
    const port = test.host.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, '127.0.0.1', 'localhost', '[::1]']) {
      expect((await request('GET', '/_local/tenant', { headers: { host } })).status).toBe(200);
      expect((await request('POST', '/api/echo', { body: '{}', headers: { host, ...member } })).status).toBe(200);
    }
  });

  it('refuses any other name, even one that resolves to 127.0.0.1, before anything is served', async () => {
    const port = test.host.port;
    const foreign = ['evil.example', `evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `localhost.evil.example:${port}`, `0.0.0.0:${port}`, `192.168.1.5:${port}`, `127.0.0.2:${port}`, `localhost:${port}.evil.example`];
    for (const host of foreign) {
      for (const [method, urlPath] of [['GET', '/_local/tenant'], ['POST', '/_local/reset'], ['GET', '/platform/classic/x'], ['GET', '/ui/'], ['GET', '/platform/runtime/runtime-loader.js']] as const) {
        let answer: Awaited<ReturnType<typeof request>> | undefined;
        expect(await reachedPlatform(async () => (answer = await request(method, urlPath, { headers: { host } })))).toBe(false);
        expect(answer!.status).toBe(403);
        expect(errorOf(answer!)).toMatchObject({ code: 403, message: expect.stringContaining('is not allowed') as string });
      }
      const call = await request('POST', '/api/echo', { body: '{}', headers: { host, ...member } });
      expect(call.status).toBe(403);
    }
  });

  it('refuses a request without a Host header', async () => {
    // HTTP/1.0 may omit Host (node answers HTTP/1.1 without one itself)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(test.host.port, '127.0.0.1', () => socket.end('GET /_local/tenant HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 403/);
  });
});

describe('percent-encoding', () => {
  it('answers 400 to a path that is not valid percent-encoding, whatever the route', async () => {
    for (const urlPath of ['/ui/%', '/ui/%E0%A4%A', '/ui/a%zz', '/api/%', '/api/echo%C0', '/platform/classic/%E0%A4%A', '/_local/%']) {
      let answer: Awaited<ReturnType<typeof request>> | undefined;
      expect(await reachedPlatform(async () => (answer = await request('GET', urlPath, { headers: member })))).toBe(false);
      expect(answer!.status).toBe(400);
      expect(errorOf(answer!).message).toContain('percent-encoding');
    }
    // a well-formed encoding still reaches the route
    expect((await request('GET', '/ui/workspace%20x')).status).toBe(200);
  });
});

describe('methods', () => {
  it('runs a function for GET and POST only: anything else is 405 with Allow and the error envelope', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
      const answer = await request(method, '/api/echo', { body: method === 'HEAD' ? undefined : '{}', headers: member });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, POST');
      if (method !== 'HEAD') expect(errorOf(answer)).toEqual({ code: 405, message: `method \`${method}\` is not allowed here; allowed: GET, POST` });
    }
  });

  it('runs a GET call without a payload, as the App Functions API carries none', async () => {
    const answer = await request('GET', '/api/echo', { headers: member });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ payload: null, user: { email: 'max@example.com' } });
  });

  it('refuses a GET call with a body and query parameters on any call, instead of dropping them', async () => {
    const withBody = await request('GET', '/api/echo', { body: '{"a":1}', headers: member });
    expect(withBody.status).toBe(400);
    expect(errorOf(withBody).message).toContain('GET call carries no payload');
    for (const method of ['GET', 'POST']) {
      const withQuery = await request(method, '/api/echo?payload=%7B%7D', { body: method === 'POST' ? '{}' : undefined, headers: member });
      expect(withQuery.status).toBe(400);
      expect(errorOf(withQuery).message).toContain('no query parameters');
    }
  });

  it('serves the UI to GET and HEAD only', async () => {
    const head = await request('HEAD', '/ui/workspace');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
      for (const urlPath of ['/ui/', '/ui/index.html', '/ui/workspace', '/', '/ui', '/platform/runtime/runtime-loader.js']) {
        const answer = await request(method, urlPath, { body: 'x' });
        expect(answer.status).toBe(405);
        expect(answer.headers.allow).toBe('GET, HEAD');
        expect(errorOf(answer).code).toBe(405);
      }
    }
  });
});

describe('cross-origin requests', () => {
  const foreignOrigins = (): Array<Record<string, string>> => [
    { origin: 'http://evil.example' },
    { origin: `http://localhost:${test.host.port + 1}` }, // another port of localhost: the same site, not the same origin
    { origin: `http://localhost:${test.host.port}` }, // the host is addressed as 127.0.0.1
    { origin: 'null' }, // a sandboxed frame
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { origin: test.host.url, 'sec-fetch-site': 'cross-site' },
  ];

  it('never lets another origin change state: reset, bulk seed, platform writes, function calls', async () => {
    for (const headers of foreignOrigins()) {
      for (const [method, urlPath] of [['POST', '/_local/reset'], ['POST', '/_local/seed-bulk'], ['PUT', '/platform/classic/x'], ['DELETE', '/platform/classic/x']] as const) {
        let answer: Awaited<ReturnType<typeof request>> | undefined;
        expect(await reachedPlatform(async () => (answer = await request(method, urlPath, { body: '{}', headers: { 'content-type': 'text/plain', ...headers } })))).toBe(false);
        expect(answer!.status).toBe(403);
        expect(errorOf(answer!).message).toContain('cross-origin request refused');
      }
      for (const method of ['GET', 'POST']) {
        const call = await request(method, '/api/echo', { body: method === 'POST' ? '{}' : undefined, headers: { ...member, ...headers } });
        expect(call.status).toBe(403);
      }
    }
  });

  it('lets no other origin reach the developer API or the runtime shim, even to read', async () => {
    for (const headers of foreignOrigins()) {
      expect(await reachedPlatform(async () => expect((await request('GET', '/_local/tenant', { headers })).status).toBe(403))).toBe(false);
      expect((await request('GET', '/platform/runtime/runtime-loader.js', { headers: { cookie: 'ta_persona=p-member', ...headers } })).status).toBe(403);
    }
  });

  it('takes the same requests from its own pages and from scripts (no browser headers)', async () => {
    const ownOrScript: Array<Record<string, string>> = [{ origin: test.host.url, 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'same-origin' }, { origin: test.host.url }, {}];
    for (const headers of ownOrScript) {
      expect(await reachedPlatform(async () => expect((await request('POST', '/_local/reset', { headers })).status).toBe(200))).toBe(true);
      expect((await request('POST', '/api/echo', { body: '{}', headers: { ...member, ...headers } })).status).toBe(200);
    }
    // a link from another site may open the UI itself
    expect((await request('GET', '/ui/workspace', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });
});
