/**
 * Test harness: a platform server on 127.0.0.1:0 with an in-memory store (or a temp dir), the
 * demo tenant's tokens, and official SDK clients bound to a persona. The SDK's node
 * `PlatformHttpClient` takes `{ baseUrl, defaultHeaders }`, so each client gets the server URL
 * and the persona's `Authorization: Bearer` header (no DT_APP_ENVIRONMENT_URL needed).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlatformHttpClient } from '@dynatrace-sdk/http-client';
import { MetricsClient, SettingsObjectsClient, SettingsSchemasClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { AppSettingsObjectsClient } from '@dynatrace-sdk/client-app-settings-v2';
import { startPlatformServer, type PlatformServer } from '../server';
import type { DemoTenantView } from '../index';

export interface Harness {
  server: PlatformServer;
  url: string;
  tenant: DemoTenantView;
  token(emailPrefix: string): string;
  clients(emailPrefix: string, headers?: Record<string, string>): {
    objects: SettingsObjectsClient;
    schemas: SettingsSchemasClient;
    appSettings: AppSettingsObjectsClient;
    metrics: MetricsClient;
  };
  fetchAs(emailPrefix: string | undefined, pathAndQuery: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'local-platform-'));
}

/** `clock` sets the tenant's time (e.g. to age the history). */
export async function startHarness(opts: { persistence?: 'file' | 'memory'; dataDir?: string; clock?: () => number } = {}): Promise<Harness> {
  const server = await startPlatformServer({ dataDir: opts.dataDir ?? tempDir(), reset: true, persistence: opts.persistence ?? 'memory', ...(opts.clock ? { clock: opts.clock } : {}) });
  const tenant = server.platform.tenant();
  const token = (prefix: string) => {
    const p = tenant.personas.find((x) => x.email.startsWith(prefix));
    if (!p) throw new Error(`no persona ${prefix}`);
    return p.token;
  };
  return {
    server,
    url: server.url,
    tenant,
    token,
    clients: (prefix, headers = {}) => {
      const http = new PlatformHttpClient({ baseUrl: server.url, defaultHeaders: { Authorization: `Bearer ${token(prefix)}`, ...headers } });
      return { objects: new SettingsObjectsClient(http), schemas: new SettingsSchemasClient(http), appSettings: new AppSettingsObjectsClient(http), metrics: new MetricsClient(http) };
    },
    fetchAs: (prefix, p, init = {}) =>
      fetch(`${server.url}${p}`, {
        ...init,
        headers: { ...(prefix ? { authorization: `Bearer ${token(prefix)}` } : {}), 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
      }),
    close: () => server.close(),
  };
}

export const SETTINGS = '/platform/classic/environment-api/v2/settings';
export const FIVE = [
  'builtin:alerting.profile',
  'builtin:problem.notifications',
  'builtin:anomaly-detection.metric-events',
  'builtin:alerting.maintenance-window',
  'builtin:monitoring.slo',
];

/** How an SDK call ended: the HTTP status and the error body the client parsed (200 and no body when it succeeded). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- conformance tests read the error envelope's fields as documented, not through a type
export async function sdkOutcome(call: Promise<unknown>): Promise<{ status: number; body: any }> {
  try {
    await call;
    return { status: 200, body: undefined };
  } catch (e) {
    const err = e as { response?: { status: number }; body?: unknown };
    return { status: err.response?.status ?? -1, body: err.body };
  }
}
