/**
 * A standalone HTTP server around the platform (own tests, conformance tests, benchmarks).
 * The local host embeds `createPlatform` in its own server instead.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPlatform, type Platform, type PlatformOptions } from './index';

export interface PlatformServer {
  url: string;
  port: number;
  platform: Platform;
  close(): Promise<void>;
}

export async function startPlatformServer(options: { port?: number; host?: string; dataDir: string; reset?: boolean } & Partial<PlatformOptions>): Promise<PlatformServer> {
  const platform = await createPlatform({ ...options, dataDir: options.dataDir });
  const server = http.createServer((req, res) => {
    void platform.handle(req, res);
  });
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    platform,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
    },
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8787);
  const dataDir = process.env.TEAM_ALERTING_DATA ?? '.local-data';
  void startPlatformServer({ port, dataDir, reset: process.argv.includes('--reset'), logger: (e) => console.log(`${e.method} ${e.path} ${e.status} ${e.durationMs.toFixed(1)}ms`) }).then((s) =>
    console.log(`local platform on ${s.url} (data in ${dataDir})`),
  );
}
