/**
 * The local platform in a process of its own, for latency benchmarks: as on Dynatrace, the
 * function and the platform do not share a heap, so neither side's garbage collection (the
 * platform holds tens of thousands of objects and their caches) is billed to the other.
 * Started with `startPlatformProcess()`; answers its URL and demo tenant over IPC.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Platform } from '../../local/platform';

type Tenant = ReturnType<Platform['tenant']>;

export interface PlatformProcess {
  url: string;
  tenant: Tenant;
  close(): void;
}

export function startPlatformProcess(appDir: string): Promise<PlatformProcess> {
  const child = fork(__filename, ['--child', appDir], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`platform process exited (${code})`)));
    child.once('message', (m: { url: string; tenant: Tenant }) => resolve({ url: m.url, tenant: m.tenant, close: () => child.kill() }));
  });
}

async function child(appDir: string): Promise<void> {
  const { createPlatform } = await import('../../local/platform');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-platform-'));
  const platform = await createPlatform({ dataDir, reset: true, appDir, persistence: 'memory' });
  const server = http.createServer((req, res) => void platform.handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tenant: platform.tenant() });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[2] === '--child') void child(process.argv[3]!);
