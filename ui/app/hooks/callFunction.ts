/**
 * The one way the UI talks to app functions: validates the request with the function's contract,
 * calls `/api/<name>`, and validates the response. Every failure (HTTP 540/541, network, a
 * response that breaks the contract) comes back as a status-tagged `Failure` with a readable
 * message, so pages only ever branch on `status`.
 */
import { functions } from '@dynatrace-sdk/app-utils';
import type * as z from 'zod';
import { diagnostic, type DiagnosticCode } from '../../../lib/codes';
import type { contracts, Failure, FunctionName } from '../../../lib/contracts';
import { contractOf } from '../../../lib/contracts/lazy';

export type FunctionRequest<N extends FunctionName> = z.input<(typeof contracts)[N]['request']>;
export type FunctionResponse<N extends FunctionName> = z.infer<(typeof contracts)[N]['response']>;
export type OkResponse<N extends FunctionName> = Extract<FunctionResponse<N>, { status: 'ok' }>;

/** A failure of the call itself (codes: `ui/*` in lib/contracts/codes.ts). */
export function callFailure(code: DiagnosticCode, message: string, help?: string): Failure {
  return { status: 'error', diagnostics: [diagnostic(code, message, { help })] };
}

/** AppEngine answers 540 for a thrown function error and 541 for a timeout; both carry no usable body. */
function httpFailure(name: string, status: number): Failure {
  if (status === 540) return callFailure('ui/http/540', `the function \`${name}\` failed unexpectedly`, 'try again; if it keeps failing, tell your Dynatrace admin');
  if (status === 541) return callFailure('ui/http/541', `the function \`${name}\` took too long to answer`, 'try again in a moment');
  if (status === 401 || status === 403) {
    return callFailure(status === 401 ? 'ui/http/401' : 'ui/http/403', 'you are not signed in or not allowed to use this app', 'reload the page or ask your Dynatrace admin for access');
  }
  return callFailure('ui/http/unexpected-status', `the function \`${name}\` answered with HTTP ${status}`);
}

export function callFunction<N extends FunctionName>(
  name: N,
  payload: FunctionRequest<N>,
  abortSignal?: AbortSignal,
): Promise<FunctionResponse<N> | Failure> {
  const answer = functions.call(name, { data: payload ?? {}, abortSignal });
  // the contract's schemas are built while the call is on its way
  void contractOf(name).catch(() => undefined);
  return answerOf(name, answer);
}

/** The answer of a call already sent with `functions.call` (e.g. at startup, see `inventoryPrefetch`), as `callFunction` gives it. */
export async function answerOf<N extends FunctionName>(name: N, call: Promise<Response>): Promise<FunctionResponse<N> | Failure> {
  let response: Response;
  try {
    response = await call;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Response) {
      // 4xx answers of our own functions still carry a status-tagged body worth showing
      const parsed = await parseBody(name, cause);
      return parsed ?? httpFailure(name, cause.status);
    }
    return callFailure('ui/network', 'the app could not reach the server', 'check your connection and try again');
  }
  return (await parseBody(name, response)) ?? callFailure('ui/contract', `the answer of \`${name}\` does not match its contract`, 'the app and its functions may be from different versions: reload the page');
}

async function parseBody<N extends FunctionName>(name: N, response: Response): Promise<FunctionResponse<N> | undefined> {
  let json: unknown;
  try {
    json = await response.clone().json();
  } catch {
    return undefined;
  }
  let contract: (typeof contracts)[N];
  try {
    contract = await contractOf(name);
  } catch {
    return undefined;
  }
  const result = contract.response.safeParse(json);
  return result.success ? (result.data as FunctionResponse<N>) : undefined;
}

/** One line for a toast or an error banner. */
export function describeFailure(result: Failure): string {
  const first = result.diagnostics[0];
  if (!first) return `request ${result.status}`;
  return result.diagnostics.length > 1 ? `${first.message} (and ${result.diagnostics.length - 1} more)` : first.message;
}
