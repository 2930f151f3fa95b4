/**
 * Wraps an operation: parses the payload with the function's contract (strict: unknown fields
 * and oversized values are `invalid`), runs it, maps platform failures, and turns anything
 * unexpected into `{ status: "error" }` — a function must never throw (the platform would answer
 * an opaque HTTP 540). The result is checked against the response schema before it leaves, and
 * made safe to serialize: unpaired surrogates become U+FFFD (see `well-formed-text.ts`), whatever
 * the platform held.
 */
import type * as z from 'zod';
import { diagnostic, isDiagnosticCode } from '../codes';
import type { Failure } from '../contracts/common';
import { toWellFormedAnswer } from '../contracts/well-formed-text';
import { PortError } from './ports';
import { fail, fromPortError } from './results';

export interface RunOptions {
  /**
   * `false` skips the response check of an `ok` result (failures are still checked). Only for an
   * operation whose answer is built field by field from typed values and whose size makes the
   * check a large share of its CPU; the UI parses every answer with the same contract, and the
   * integration fuzz tests assert that every answer of every function matches it.
   */
  checkOkResponse?: boolean;
}

export async function runOperation<Req extends z.ZodType, Res extends z.ZodType>(
  contract: { request: Req; response: Res },
  payload: unknown,
  operation: (request: z.infer<Req>) => Promise<z.infer<Res>>,
  options: RunOptions = {},
): Promise<z.infer<Res> | Failure> {
  // the one way out of every function: nothing after this point may hold an unpaired surrogate
  return toWellFormedAnswer(await run(contract, payload, operation, options));
}

async function run<Req extends z.ZodType, Res extends z.ZodType>(
  contract: { request: Req; response: Res },
  payload: unknown,
  operation: (request: z.infer<Req>) => Promise<z.infer<Res>>,
  options: RunOptions,
): Promise<z.infer<Res> | Failure> {
  let result: unknown;
  try {
    const parsed = contract.request.safeParse(payload);
    if (!parsed.success) {
      return {
        status: 'invalid',
        diagnostics: parsed.error.issues.slice(0, 50).map((i) => {
          // a contract's own refinement names its code and help in `params` (e.g. input/invalid-unicode)
          const params = (i as { params?: { code?: unknown; help?: unknown } }).params;
          return diagnostic(typeof params?.code === 'string' && isDiagnosticCode(params.code) ? params.code : 'request/invalid', i.message.toLowerCase(), {
            location: { path: i.path.map(String).join('/') },
            ...(typeof params?.help === 'string' ? { help: params.help } : {}),
          });
        }),
      };
    }
    result = await operation(parsed.data);
  } catch (e) {
    if (e instanceof PortError) return fromPortError(e);
    return fail('error', 'internal/unexpected', 'the operation failed unexpectedly', { help: 'try again; if it persists, report it' });
  }
  if (options.checkOkResponse === false && isOk(result)) return result as z.infer<Res>;
  const checked = contract.response.safeParse(result);
  if (!checked.success) {
    return fail('error', 'internal/bad-response', 'the operation produced an invalid response');
  }
  return checked.data;
}

function isOk(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { status?: unknown }).status === 'ok';
}
