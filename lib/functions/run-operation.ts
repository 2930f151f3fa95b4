/**
 * Wraps an operation: parses the payload with the function's contract (strict: unknown fields
 * and oversized values are `invalid`), runs it, maps platform failures, and turns anything
 * unexpected into `{ status: "error" }` — a function must never throw (the platform would answer
 * an opaque HTTP 540). The result is checked against the response schema before it leaves.
 */
import type { z } from 'zod';
import type { Failure } from '../contracts/common';
import { PortError } from './ports';
import { fromPortError } from './results';

export async function runOperation<Req extends z.ZodType, Res extends z.ZodType>(
  contract: { request: Req; response: Res },
  payload: unknown,
  operation: (request: z.infer<Req>) => Promise<z.infer<Res>>,
): Promise<z.infer<Res> | Failure> {
  let result: unknown;
  try {
    const parsed = contract.request.safeParse(payload);
    if (!parsed.success) {
      return {
        status: 'invalid',
        diagnostics: parsed.error.issues.slice(0, 50).map((i) => ({
          code: 'request/invalid',
          message: i.message.toLowerCase(),
          ...(i.path.length ? { path: i.path.map(String).join('/') } : {}),
        })),
      };
    }
    result = await operation(parsed.data);
  } catch (e) {
    if (e instanceof PortError) return fromPortError(e);
    return { status: 'error', diagnostics: [{ code: 'internal/unexpected', message: 'the operation failed unexpectedly', help: 'try again; if it persists, report it' }] };
  }
  const checked = contract.response.safeParse(result);
  if (!checked.success) {
    return { status: 'error', diagnostics: [{ code: 'internal/bad-response', message: 'the operation produced an invalid response' }] };
  }
  return checked.data;
}
