/**
 * Calls the deployed app's functions from outside Dynatrace, through the App Functions API
 * (`<env>/platform/app-engine/app-functions/v1/apps/<app id>/api/<function>`, facts §7) with the
 * caller's platform token — so the same guardrails and the caller's own IAM apply as in the app.
 * Every answer is parsed with the function's contract. What is not a function's answer (network,
 * HTTP 401/403/404/540/541, a body that breaks the contract) is a `TransportError`.
 */
import type * as z from 'zod';
import type { Failure } from '../../lib/contracts/common';
import { contracts, type FunctionName } from '../../lib/contracts/registry';

export class TransportError extends Error {}

export interface AppFunctionsTarget {
  /** `https://<id>.apps.dynatrace.com` or the local host, without a trailing slash */
  environmentUrl: string;
  appId: string;
  token: string;
}

export type Answer<N extends FunctionName> = z.infer<(typeof contracts)[N]['response']> | Failure;
export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; text(): Promise<string> }>;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The environment URL as the CLI accepts it: https, or http only for a host on this machine (the token must not travel in clear). */
export function environmentUrlOf(raw: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `\`${raw}\` is not a URL` };
  }
  if (url.username || url.password || url.search || url.hash) return { problem: 'the environment URL must not carry credentials, a query or a fragment' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    return { problem: `\`${raw}\` must use https (http only for the local host, e.g. http://127.0.0.1:3000)` };
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function functionUrl(target: AppFunctionsTarget, name: FunctionName): string {
  return `${target.environmentUrl}/platform/app-engine/app-functions/v1/apps/${encodeURIComponent(target.appId)}/api/${name}`;
}

const HTTP_MEANING: Record<number, string> = {
  401: 'the token was not accepted (check DT_PLATFORM_TOKEN)',
  403: 'the token may not run this app (it needs app-engine:apps:run and app-engine:functions:run)',
  404: 'the app or the function is not installed in this environment (check --app and that the app is deployed)',
  409: 'the app\'s backend is being deployed: try again in a moment',
  413: 'the request is too large',
  540: 'the function failed',
  541: 'the function runtime failed or timed out',
};

export async function callAppFunction<N extends FunctionName>(target: AppFunctionsTarget, name: N, payload: unknown, fetchImpl: Fetch = fetch): Promise<Answer<N>> {
  let response: { status: number; text(): Promise<string> };
  try {
    response = await fetchImpl(functionUrl(target, name), {
      method: 'POST',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch (e) {
    throw new TransportError(`cannot reach ${target.environmentUrl}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = await response.text();
  if (response.status !== 200) {
    throw new TransportError(`${name} answered HTTP ${response.status}: ${HTTP_MEANING[response.status] ?? 'unexpected answer'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TransportError(`${name} answered something that is not JSON`);
  }
  const parsed = contracts[name].response.safeParse(json);
  if (!parsed.success) throw new TransportError(`${name} answered outside its contract: the CLI and the deployed app may be different versions`);
  return parsed.data as Answer<N>;
}
