import { errorOf, request as send, startTestHost, type TestHost } from './host.test-support';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});
afterAll(async () => test.close());

const request = (method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}) => send(test.host.url, method, urlPath, options);
const MEMBER_COOKIE = 'ta_persona=p-member';

async function shimUser(headers: Record<string, string>): Promise<string> {
  const shim = await request('GET', '/platform/runtime/runtime-loader.js', { headers });
  expect(shim.status).toBe(200);
  return /"user":\{"id":"([^"]+)"/.exec(shim.text)![1]!;
}

describe('choosing a persona with ?persona=', () => {
  it('signs the browser in on a navigation the user started or a page of this origin started', async () => {
    for (const site of ['none', 'same-origin']) {
      const answer = await request('GET', '/ui/workspace?persona=p-outsider', { headers: { 'sec-fetch-site': site } });
      expect(answer.status).toBe(302);
      expect(answer.headers.location).toBe('/ui/workspace');
      const cookie = String(answer.headers['set-cookie']);
      expect(cookie).toMatch(/^ta_persona=p-outsider; /);
      // not sent along when another site navigates here, and unreadable by scripts
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('HttpOnly');
    }
  });

  it('refuses when another site (or another port of localhost) sent the browser, or nothing says who did', async () => {
    const senders: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none', origin: 'http://evil.example' },
      {}, // no Fetch Metadata: a script, or a browser too old to tell
    ];
    for (const headers of senders) {
      const answer = await request('GET', '/ui/?persona=p-member', { headers });
      expect(answer.status).toBe(403);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(errorOf(answer).message).toContain('`?persona=` switches the persona only when you open the URL yourself');
    }
  });
});

describe('the persona cookie', () => {
  it('acts for the browser only on requests of this origin or of the user', async () => {
    expect(await shimUser({ cookie: MEMBER_COOKIE, 'sec-fetch-site': 'same-origin' })).toBe('p-member');
    expect(await shimUser({ cookie: MEMBER_COOKIE, 'sec-fetch-site': 'none' })).toBe('p-member');
    expect(await shimUser({ cookie: MEMBER_COOKIE })).toBe('anonymous');
    const post = await request('POST', '/api/echo', { body: '{}', headers: { cookie: MEMBER_COOKIE, origin: test.host.url } });
    expect(post.status).toBe(200);
    expect(JSON.parse(post.text).user.email).toBe('max@example.com');
  });

  it('is no login for a request that does not say where it comes from: 401', async () => {
    for (const method of ['GET', 'POST']) {
      const answer = await request(method, '/api/echo', { body: method === 'POST' ? '{}' : undefined, headers: { cookie: MEMBER_COOKIE } });
      expect(answer.status).toBe(401);
    }
  });

  it('gives way to a bearer token, which acts wherever it comes from', async () => {
    const answer = await request('POST', '/api/echo', { body: '{}', headers: { cookie: 'ta_persona=p-outsider', authorization: 'Bearer tok-member' } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).user.email).toBe('max@example.com');
  });
});
