/**
 * Starts the embedded platform (fresh demo tenant in a temporary data directory) and the local
 * host on a free port, for integration and browser tests. Requires a built app (the jest
 * global setup runs `dt-app build`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlatform, type DemoIam } from '../../local/platform';
import { startHost, type HostPersona, type HostPlatform } from '../../local/host/server';

export interface TenantView {
  personas: Array<HostPersona & { role: 'admin' | 'lead' | 'member' | 'outsider' }>;
  teams: Array<{ id: string; name: string; managementZones: string[]; namingPrefix: string }>;
  managementZones: Array<{ name: string; id: string }>;
}

export interface LocalStack {
  url: string;
  tenant: TenantView;
  persona(nameOrRole: string): TenantView['personas'][number];
  /** Calls `/api/<fn>` as the persona (bearer token), returns HTTP status and parsed body. */
  call<T = any>(persona: string, fn: string, payload?: unknown): Promise<{ status: number; body: T }>;
  /** Calls a platform REST path as the persona. */
  platform<T = any>(persona: string, method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Method and raw URL of every request that reached the platform (`/platform/*`, `/_local/*`), oldest first. */
  platformRequests(): ReadonlyArray<{ method: string; url: string }>;
  clearPlatformRequests(): void;
  /**
   * Holds matching platform requests back for the returned milliseconds before they are served, as
   * a slow network would (e.g. to widen a race window); `undefined` serves everything at once.
   */
  delayPlatform(delay: ((request: { method: string; url: string }) => number) | undefined): void;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Enough for one test's calls; older entries are dropped so a long fuzz run stays small. */
const REQUEST_LOG_LIMIT = 20_000;

const projectDir = path.resolve(__dirname, '../..');

/** `iam` replaces the demo tenant's groups and policies (the personas stay). */
export async function startLocalStack(options: { iam?: DemoIam } = {}): Promise<LocalStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'team-alerting-'));
  const platform = await createPlatform({ dataDir, reset: true, appDir: projectDir, ...(options.iam ? { iam: options.iam } : {}) });
  const requests: Array<{ method: string; url: string }> = [];
  let delay: ((request: { method: string; url: string }) => number) | undefined;
  const recorded: HostPlatform = {
    async handle(req, res) {
      if (requests.length >= REQUEST_LOG_LIMIT) requests.splice(0, requests.length / 2);
      const entry = { method: req.method ?? '', url: req.url ?? '' };
      requests.push(entry);
      const ms = delay?.(entry) ?? 0;
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      return platform.handle(req, res);
    },
    tenant: () => platform.tenant(),
    authorize: platform.authorize.bind(platform),
  };
  const host = await startHost({ platform: recorded, projectDir, port: 0, log: () => undefined });
  const tenant = platform.tenant() as TenantView;

  const persona = (key: string) => {
    const found = tenant.personas.find((p) => p.id === key || p.name === key || p.email === key || p.name.split(' ')[0]!.toLowerCase() === key.toLowerCase());
    if (!found) throw new Error(`no persona \`${key}\` in the demo tenant`);
    return found;
  };

  async function send(token: string, method: string, urlPath: string, body?: unknown) {
    const response = await fetch(`${host.url}${urlPath}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the text
    }
    return { status: response.status, body: parsed as any };
  }

  return {
    url: host.url,
    tenant,
    persona,
    call: (who, fn, payload) => send(persona(who).token, 'POST', `/api/${fn}`, payload ?? {}),
    platform: (who, method, urlPath, body) => send(persona(who).token, method, urlPath, body),
    platformRequests: () => requests,
    clearPlatformRequests: () => {
      requests.length = 0;
    },
    delayPlatform: (d) => {
      delay = d;
    },
    reset: () => platform.reset(),
    async close() {
      await host.close();
      await platform.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
