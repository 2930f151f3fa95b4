/**
 * Classifies errors thrown by the SDK clients into `PortError`s by HTTP status:
 * 400 → invalid (with constraint-violation paths), 403 → forbidden (platform message kept),
 * 404 → not-found, 409 → conflict. Anything else is rethrown and becomes `{ status: "error" }`.
 * The one place that turns a Settings constraint-violation path into a value path (see
 * `valuePathOf`), so the contract, and the UI's fields, only ever see value paths.
 */
import { PortError, type PortViolation } from '../../lib/functions/ports';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

function statusOf(e: Obj): number | undefined {
  const r = e.response;
  if (isObj(r) && typeof r.status === 'number') return r.status;
  return undefined;
}

const SCHEMA_AND_INDEX = /^[A-Za-z][\w.-]*:[^/]+\/\d+(?:\/|$)/;

/**
 * Settings 2.0 prefixes the path of a value's violation with the schema id and the object's index
 * in the request — `builtin:alerting.profile/0/severityRules/0/delayInMinutes`, on POST and PUT
 * (facts §2.5; the Terraform provider strips the same two segments) — so the value path is what
 * follows (`severityRules/0/delayInMinutes`; `` for the object as a whole). A violation of a query
 * parameter or header names no value: no path. Other paths (app settings) are kept as they are.
 */
export function valuePathOf(violation: { path?: unknown; parameterLocation?: unknown }): string {
  if (typeof violation.path !== 'string') return '';
  if (violation.parameterLocation !== undefined && violation.parameterLocation !== 'PAYLOAD_BODY') return '';
  const path = violation.path.replace(/^\//, '');
  const prefix = SCHEMA_AND_INDEX.exec(path);
  return prefix ? path.slice(prefix[0].length) : path;
}

/** Error bodies: classic `{error:{message,constraintViolations}}`, settings responses (single or array), platform `{error:{details}}`. */
function describe(body: unknown): { message?: string; violations: PortViolation[] } {
  const first: unknown = Array.isArray(body) ? (body as unknown[]).find((b) => isObj(b) && isObj(b.error)) : body;
  const err = isObj(first) && isObj(first.error) ? first.error : undefined;
  const raw = err && (Array.isArray(err.constraintViolations) ? err.constraintViolations : isObj(err.details) && Array.isArray(err.details.constraintViolations) ? err.details.constraintViolations : []);
  const violations = (raw ?? []).filter(isObj).map((v) => ({
    path: valuePathOf(v),
    message: typeof v.message === 'string' ? v.message : 'invalid value',
  }));
  return { message: err && typeof err.message === 'string' ? err.message : undefined, violations };
}

export function toPortError(e: unknown): PortError | undefined {
  if (!isObj(e)) return undefined;
  const status = statusOf(e);
  const { message, violations } = describe(e.body);
  const msg = message ?? (typeof e.message === 'string' ? e.message : 'request failed');
  switch (status) {
    case 400: return new PortError('invalid', msg, violations);
    case 401:
    case 403: return new PortError('forbidden', msg);
    case 404: return new PortError('not-found', msg);
    case 409: return new PortError('conflict', msg);
    default: return undefined;
  }
}

/** Runs an SDK call, translating expected platform failures into `PortError`. */
export async function call<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toPortError(e) ?? e;
  }
}

/** Settings POST answers per item; a non-2xx item code is a failure even inside a 200/207. */
export function itemFailure(item: unknown): PortError | undefined {
  if (!isObj(item) || typeof item.code !== 'number' || item.code < 300) return undefined;
  return toPortError({ response: { status: item.code }, body: item, message: 'request failed' }) ?? new PortError('error', 'request failed');
}
