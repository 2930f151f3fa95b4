/**
 * The platform's shared parts, handed to every handler: state, schemas, IAM, dependencies.
 * Handlers return a `Reply` instead of writing to the socket, which keeps them easy to test.
 */
import type http from 'node:http';
import type { PlatformDeps } from './deps';
import type { EnvelopeFamily } from './http/errors';
import type { Query } from './http/query';
import type { Access, Caller } from './iam/access';
import type { TenantIam } from './iam/tenant-iam';
import type { WriteActor } from './model/object-writes';
import type { SchemaRegistry } from './settings/schema-registry';
import type { TenantState } from './store/tenant-state';

export interface Core {
  state: TenantState;
  registry: SchemaRegistry;
  iam: TenantIam;
  access: Access;
  deps: PlatformDeps;
  reseed(): Promise<void>;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Ctx {
  req: http.IncomingMessage;
  query: Query;
  params: Record<string, string>;
  family: EnvelopeFamily;
  core: Core;
  /** Undefined only on routes that need no authentication (`/_local/*`). */
  caller?: Caller;
  now: number;
}

export function callerOf(ctx: Ctx): Caller {
  if (!ctx.caller) throw new Error('route requires an authenticated caller');
  return ctx.caller;
}

export function actorOf(ctx: Ctx): WriteActor {
  const caller = callerOf(ctx);
  return {
    userId: caller.persona.id,
    ...(caller.appId ? { appId: caller.appId } : {}),
    source: caller.appId ? 'app' : 'api',
    // the write's own time, not the request's arrival: handlers build the actor after reading the
    // body, right before the synchronous apply, so `created`/`modified` follow the order of writes
    time: Math.max(ctx.now, Date.now()),
  };
}
