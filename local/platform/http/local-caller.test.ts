import http from 'node:http';
import { startHarness, type Harness } from '../test-support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

/** Real HTTP with a chosen Host header (fetch does not let a caller set it). */
function send(method: string, urlPath: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${h.url}${urlPath}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

const objectCount = async () => ((await (await fetch(`${h.url}/_local/health`)).json()) as { objects: number }).objects;

describe('the developer API gate', () => {
  it('answers loopback hosts and scripts', async () => {
    const port = new URL(h.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const tenant = await send('GET', '/_local/tenant', { host });
      expect(tenant.status).toBe(200);
      expect(tenant.body.personas.length).toBeGreaterThan(0);
    }
  });

  it('hands no tokens to a page that rebound its DNS name to this machine', async () => {
    for (const host of ['evil.example', `evil.example:${new URL(h.url).port}`, '127.0.0.1.nip.io']) {
      const tenant = await send('GET', '/_local/tenant', { host });
      expect(tenant.status).toBe(403);
      expect(JSON.stringify(tenant.body)).not.toContain('token');
      expect(tenant.body.error.message).toContain('loopback hosts');
    }
  });

  it('lets no other origin reset or seed the data', async () => {
    await h.fetchAs('ada', '/_local/seed-bulk', { method: 'POST', body: JSON.stringify({ schemaId: 'builtin:alerting.profile', count: 3 }) });
    const before = await objectCount();
    const foreign: Array<Record<string, string>> = [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of foreign) {
      expect((await send('POST', '/_local/reset', headers)).status).toBe(403);
      expect((await send('POST', '/_local/seed-bulk', { ...headers, 'content-type': 'application/json' })).status).toBe(403);
    }
    expect(await objectCount()).toBe(before);
    expect((await send('POST', '/_local/reset', { origin: h.url })).status).toBe(204);
    expect(await objectCount()).toBe(before - 3);
  });
});
