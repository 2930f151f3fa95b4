/**
 * The embedded local Dynatrace platform (node only, never bundled into the app): Settings 2.0,
 * app settings v2 and the `/_local/*` developer API, with IAM enforced through lib/iam on every
 * request and durable persistence in `dataDir`. See README.md for what is emulated and where it
 * differs from Dynatrace.
 */
import type http from 'node:http';
import path from 'node:path';
import type { Core } from './core';
import { libDeps, type PlatformDeps } from './deps';
import { tenantView, type DemoTenantView } from './dev/local-api';
import { Router } from './http/router';
import { Access } from './iam/access';
import { ObjectZones } from './iam/object-zones';
import { TenantIam } from './iam/tenant-iam';
import { handleRequest, type RequestLogger } from './pipeline';
import { routes } from './routes';
import { SchemaRegistry } from './schemas/schema-registry';
import { FileStore } from './store/file-store';
import { MemoryStore, type PlatformStore } from './store/store';
import { TenantState } from './store/tenant-state';
import { TEAM_MAPPING_SCHEMA, type Persona } from './tenant/demo-data';
import type { DemoIam } from './tenant/demo-iam';
import { buildDemoSeed } from './tenant/demo-seed';

export type { DemoTenantView } from './dev/local-api';
export type { Persona } from './tenant/demo-data';
export { DEMO_IAM, PEOPLE_POLICY, type DemoIam } from './tenant/demo-iam';
export type { RequestLogEntry, RequestLogger } from './pipeline';

export interface Platform {
  /** Serves /platform/* and /_local/*; anything else → 404 envelope. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, logger?: RequestLogger): Promise<void>;
  tenant(): DemoTenantView;
  authenticate(token: string | undefined): Persona | undefined;
  authorize(persona: Persona, permission: string, attributes: Record<string, string>): { decision: 'allow' | 'deny'; reasons: unknown[] };
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  dataDir: string;
  reset?: boolean;
  /** Project root: settings/schemas/*.schema.json and app.config.json are read from here. */
  appDir?: string;
  seed?: 'demo' | 'empty';
  /** Default request logger (the host usually passes its own to `handle`). */
  logger?: RequestLogger;
  /** `memory` keeps nothing on disk (tests). */
  persistence?: 'file' | 'memory';
  /** Replaces the lib/ facades (tests only). */
  deps?: PlatformDeps;
  /** Replaces the persistence entirely (tests only). */
  store?: PlatformStore;
  /** Replaces the demo tenant's groups, policies and boundaries (tests only; personas stay). */
  iam?: DemoIam;
  /** The tenant's clock (tests only, e.g. to age the history); default `Date.now`. */
  clock?: () => number;
}

export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const deps = options.deps ?? libDeps();
  const appDir = options.appDir ?? path.resolve(__dirname, '..', '..');
  const store = options.store ?? (options.persistence === 'memory' ? new MemoryStore() : new FileStore(options.dataDir));
  const state = new TenantState(store);
  const registry = new SchemaRegistry(deps.schemas, appDir);
  const iam = new TenantIam(deps.iam, options.iam);
  const zones = new ObjectZones(state, deps.alerting);
  const access = new Access(iam, zones, registry);
  const clock = options.clock ?? Date.now;
  const core: Core = {
    state,
    registry,
    iam,
    zones,
    access,
    deps,
    clock,
    reseed: async () => {
      const seed = buildDemoSeed({
        schemaVersion: (s) => registry.version(s),
        withTeamMappings: registry.get(TEAM_MAPPING_SCHEMA) !== undefined,
        empty: options.seed === 'empty',
        now: clock(),
      });
      await state.replaceWith(seed.objects, seed.revisions);
      iam.reset();
      access.clearCache();
    },
  };
  const loaded = options.reset ? false : await state.load();
  if (!loaded) await core.reseed();
  const router = new Router(routes);
  let closed = false;

  return {
    handle: (req, res, logger) => handleRequest(core, router, req, res, logger ?? options.logger),
    tenant: () => tenantView(core),
    authenticate: (token) => iam.authenticate(token),
    authorize: (persona, permission, attributes) => iam.authorize(persona, permission, attributes),
    reset: () => core.reseed(),
    close: async () => {
      if (closed) return;
      closed = true;
      await store.close();
    },
  };
}
