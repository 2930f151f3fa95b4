import path from 'node:path';
import { request } from './host.test-support';
import { startHost, type HostOptions } from './server';
import type { FunctionRuntime } from './runtime-pool';

const idleRuntime: FunctionRuntime = { run: async () => ({ kind: 'result', value: null }), close: async () => undefined };

const options = (extra: Partial<HostOptions>): HostOptions => ({
  platform: {
    handle: async (_req, res) => void res.writeHead(204).end(),
    tenant: () => ({ personas: [] }),
    authorize: () => ({ decision: 'deny' }),
  },
  projectDir: path.resolve(__dirname, '../..'),
  distDir: path.join(__dirname, 'fixtures'),
  port: 0,
  runtime: idleRuntime,
  log: () => undefined,
  ...extra,
});

describe('where the host listens', () => {
  it('listens on 127.0.0.1 unless told otherwise, and says so', async () => {
    const host = await startHost(options({}));
    try {
      expect(host.listening).toBe(`127.0.0.1:${host.port}`);
      expect(host.remote).toBe(false);
      expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    } finally {
      await host.close();
    }
  });

  it('refuses a non-loopback address unless remote access is allowed explicitly', async () => {
    for (const address of ['0.0.0.0', '::', '', '192.168.1.5', 'my-laptop.example']) {
      await expect(startHost(options({ host: address }))).rejects.toThrow(/refusing to listen on `[^`]*`: .*--allow-remote/);
    }
  });

  it('with remote access allowed, reports the real bind address and answers IP-literal hosts (never a DNS name)', async () => {
    const host = await startHost(options({ host: '0.0.0.0', allowRemote: true }));
    try {
      expect(host.listening).toBe(`0.0.0.0:${host.port}`);
      expect(host.remote).toBe(true);
      // this machine still reaches it on loopback (the functions' platform calls go there)
      expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
      expect((await request(host.url, 'GET', '/_local/health', { headers: { host: `10.1.2.3:${host.port}` } })).status).toBe(204);
      expect((await request(host.url, 'GET', '/_local/health', { headers: { host: `[fe80::1]:${host.port}` } })).status).toBe(204);
      expect((await request(host.url, 'GET', '/_local/health', { headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    } finally {
      await host.close();
    }
  });
});
