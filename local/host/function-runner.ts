/**
 * `/api/<function>`: runs a built app function (`dist/api/<function>.js`) in the js-runtime as
 * the calling persona, the way AppEngine does: the function's SDK clients call the platform with
 * the persona's token, and `getCurrentUserDetails()` returns the persona.
 *
 * Status codes follow AppEngine's function endpoint: 200 with the function's return value,
 * 400 for a payload that is not JSON, 403 without `app-engine:apps:run`/`app-engine:functions:run`,
 * 404 for an unknown function, 540 when the function throws (or times out), 541 when the
 * runtime itself fails.
 *
 * The App Functions API documents GET and POST (the host answers 405 to others) and no query
 * parameters; the payload is the request body. A GET carries none, so the function runs without
 * a payload (as `functions.call(name)` without `data` calls it); a GET with a body, or a query
 * string on either method, is refused (400) rather than silently dropped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import type { InvocationTokens } from './invocation-tokens';
import type { FunctionRuntime, RuntimeOutcome, RuntimeTask } from './runtime-pool';
import { BodyError, readBody } from '../http/body';
import { BODY_TOO_LARGE, sendError, sendHostJson } from './replies';

export interface AppIdentity {
  id: string;
  name: string;
  version: string;
}

export interface CallerIdentity {
  id: string;
  name: string;
  email: string;
  token: string;
}

export interface FunctionRunnerOptions {
  apiDir: string;
  app: AppIdentity;
  runtime: FunctionRuntime;
  environmentUrl: () => string;
  tokens: InvocationTokens;
  timeoutSeconds?: number;
  log?: (line: string) => void;
}

/** Runs of one call when its runtime process dies before the function reached the platform. */
const MAX_RUNS = 3;

const functionName = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Whether a request announces a body (HTTP/1.1: a non-zero Content-Length, or chunked transfer). */
function hasBody(req: http.IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

export function createFunctionRunner(options: FunctionRunnerOptions) {
  const cache = new Map<string, { mtimeMs: number; code: Buffer }>();

  async function load(name: string): Promise<Buffer | undefined> {
    const file = path.join(options.apiDir, `${name}.js`);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) return undefined;
    const cached = cache.get(name);
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached.code;
    const code = await fs.readFile(file);
    cache.set(name, { mtimeMs: stat.mtimeMs, code });
    return code;
  }

  return async function runFunction(name: string, req: http.IncomingMessage, res: http.ServerResponse, caller: CallerIdentity): Promise<void> {
    if (!functionName.test(name)) return sendError(res, 404, `app function \`${name}\` not found`);
    const code = await load(name);
    if (!code) return sendError(res, 404, `app function \`${name}\` not found`);

    if (new URL(req.url ?? '/', 'http://local').search !== '') {
      req.resume();
      return sendError(res, 400, 'app functions take no query parameters: send the payload as the body of a POST');
    }
    if (req.method === 'GET' && hasBody(req)) {
      req.resume();
      return sendError(res, 400, 'a GET call carries no payload: send the payload as the body of a POST');
    }
    let payload: string | undefined;
    try {
      const body = await readBody(req);
      payload = body.length > 0 ? body.toString('utf8') : undefined;
    } catch (error) {
      if (error instanceof BodyError && error.kind === 'too-large') return sendError(res, 413, BODY_TOO_LARGE);
      throw error;
    }
    if (payload !== undefined) {
      try {
        JSON.parse(payload);
      } catch {
        return sendError(res, 400, 'the request body is not valid JSON');
      }
    }

    const task = (token: string): RuntimeTask => ({
      cwd: options.apiDir,
      urlPathname: `/api/${name}`,
      scriptName: `${name}.js`,
      code,
      payload,
      config: {
        appId: options.app.id,
        appName: options.app.name,
        appVersion: options.app.version,
        devProxyUrl: options.environmentUrl(),
        environmentUrl: options.environmentUrl(),
        token,
        tenantId: 'local',
        userDetails: { id: caller.id, name: caller.name, email: caller.email },
      },
      timeoutSeconds: options.timeoutSeconds ?? 60,
    });
    let outcome: RuntimeOutcome;
    for (let run = 1; ; run++) {
      const token = options.tokens.issue(caller.token);
      let reachedPlatform: boolean;
      try {
        outcome = await options.runtime.run(task(token));
      } finally {
        reachedPlatform = options.tokens.revoke(token);
      }
      // a process that died before any platform call changed nothing: running again is safe
      if (outcome.kind !== 'runtime-error' || !outcome.processDied || reachedPlatform || run >= MAX_RUNS) break;
      options.log?.(`js-runtime: ${name} run ${run} died before reaching the platform (${outcome.message}); running it again`);
    }
    switch (outcome.kind) {
      case 'result':
        return sendHostJson(res, 200, outcome.value);
      case 'function-error':
        return sendHostJson(res, 540, { error: { code: 540, message: 'Execution crashed.', details: { type: 'UNCAUGHT_EXCEPTION', logs: outcome.message } } });
      case 'runtime-error':
        return sendHostJson(res, 541, { error: { code: 541, message: 'Runtime error.', details: { logs: outcome.message } } });
    }
  };
}
