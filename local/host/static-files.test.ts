import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseCookies } from '../http/request-headers';
import { BUILD_COOKIE, serveUi } from './static-files';

let server: http.Server;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-files-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'index.html'), '<html>app</html>');
  fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(1)');
  server = http.createServer((req, res) => {
    const inm = req.headers['if-none-match'];
    const build = parseCookies(req.headers.cookie)[BUILD_COOKIE];
    void serveUi(dir, new URL(req.url!, 'http://x').pathname, res, { ifNoneMatch: typeof inm === 'string' ? inm : undefined, build });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serving the built UI', () => {
  it('revalidates assets by ETag: 304 while unchanged, 200 with the new body after a rebuild', async () => {
    const first = await fetch(`${base}/ui/main.js`);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('console.log(1)');
    expect(etag).toMatch(/^W\/"/);
    expect((await fetch(`${base}/ui/main.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(22)');
    const rebuilt = await fetch(`${base}/ui/main.js`, { headers: { 'if-none-match': etag } });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.text()).toBe('console.log(22)');
  });

  it('keeps the assets of the current build fresh (varying by the build cookie the page sets), and only those', async () => {
    const page = await fetch(`${base}/ui/`);
    const cookie = /^ta_build=([0-9a-f]+);/.exec(page.headers.get('set-cookie') ?? '')?.[1];
    expect(cookie).toBeDefined();
    expect(page.headers.get('set-cookie')).toContain('Path=/ui');
    const current = await fetch(`${base}/ui/main.js`, { headers: { cookie: `ta_persona=p; ta_build=${cookie}` } });
    expect(current.headers.get('cache-control')).toBe('max-age=86400');
    expect(current.headers.get('vary')).toBe('Cookie');
    // without the cookie, or with another build's id, the asset revalidates
    for (const headers of [{}, { cookie: 'ta_build=0123456789abcdef' }] as Array<Record<string, string>>) {
      const other = await fetch(`${base}/ui/main.js`, { headers });
      expect(other.headers.get('cache-control')).toBe('no-cache');
      expect(other.headers.get('vary')).toBeNull();
    }
    // a rebuild writes index.html (and main.js) anew: a new id, and the old one no longer keeps assets fresh
    await new Promise((r) => setTimeout(r, 5));
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>app v2</html>');
    const next = /^ta_build=([0-9a-f]+);/.exec((await fetch(`${base}/ui/`)).headers.get('set-cookie') ?? '')?.[1];
    expect(next).toBeDefined();
    expect(next).not.toBe(cookie);
    expect((await fetch(`${base}/ui/main.js`, { headers: { cookie: `ta_build=${cookie}` } })).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/ui/main.js`, { headers: { cookie: `ta_build=${next}` } })).headers.get('cache-control')).toBe('max-age=86400');
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>app</html>');
  });

  it('never caches the page itself and falls back to it for client-side routes, but not outside the UI folder', async () => {
    const route = await fetch(`${base}/ui/workspace/alerting-profiles`);
    expect(route.headers.get('cache-control')).toBe('no-store');
    expect(await route.text()).toBe('<html>app</html>');
    expect((await fetch(`${base}/ui/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
