import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serveUi } from './static-files';

let server: http.Server;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-files-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'index.html'), '<html>app</html>');
  fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(1)');
  server = http.createServer((req, res) => {
    const inm = req.headers['if-none-match'];
    void serveUi(dir, new URL(req.url!, 'http://x').pathname, res, typeof inm === 'string' ? inm : undefined);
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

  it('never caches the page itself and falls back to it for client-side routes, but not outside the UI folder', async () => {
    const route = await fetch(`${base}/ui/workspace/alerting-profiles`);
    expect(route.headers.get('cache-control')).toBe('no-store');
    expect(await route.text()).toBe('<html>app</html>');
    expect((await fetch(`${base}/ui/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
