/**
 * What a handler gets and gives back. Handlers return a `Reply` instead of writing to the socket,
 * which keeps them easy to test. Routes that need a caller get an `AuthedCtx`: the pipeline has
 * authenticated the request once (bearer token → persona, app context) and bound the caller's
 * permissions, so no handler unwraps the caller itself. `/_local/*` gets the plain `RequestCtx`.
 */
import type http from 'node:http';
import type { Core } from '../core';
import type { Caller } from '../iam/access';
import type { CallerAccess } from '../iam/caller-access';
import type { WriteActor } from '../model/object-writes';
import type { EnvelopeFamily } from './envelope';
import type { Query } from './query';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RequestCtx {
  req: http.IncomingMessage;
  query: Query;
  params: Record<string, string>;
  family: EnvelopeFamily;
  core: Core;
  now: number;
}

export interface AuthedCtx extends RequestCtx {
  /** The persona behind the bearer token and, for a call from an app function, the app. */
  caller: Caller;
  /** The caller's permissions: IAM decisions and object checks with the caller bound. */
  access: CallerAccess;
  /** Who this request's writes are recorded as (createdBy/modifiedBy, history). */
  /** who writes, stamped with the time of the call (call it right before the write) */
  actor(): WriteActor;
}

export type Handler<C extends RequestCtx> = (ctx: C) => Promise<Reply>;
