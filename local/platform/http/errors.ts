/**
 * The one error factory of the local platform. Every failure a handler can produce is a
 * `PlatformError` built here, so status codes and envelopes stay identical across endpoints
 * (Azurite habit). Two envelope families exist on the real platform:
 * - classic Settings 2.0 (`/platform/classic/environment-api/v2/...`):
 *   `{"error":{"code","message","constraintViolations"?}}`
 * - platform services such as app settings v2: `{"error":{"code","message","details":{...}}}`
 */

export type ParameterLocation = 'HEADER' | 'PATH' | 'PAYLOAD_BODY' | 'QUERY';

export interface ConstraintViolation {
  path?: string;
  message: string;
  parameterLocation?: ParameterLocation;
  location?: string;
}

export type EnvelopeFamily = 'classic' | 'platform';

export class PlatformError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly constraintViolations?: ConstraintViolation[],
    readonly missingScopes?: string[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const MAX_BODY_BYTES = 1024 * 1024;

export const errors = {
  badRequest: (message: string, constraintViolations?: ConstraintViolation[]) =>
    new PlatformError(400, message, constraintViolations),
  invalidQuery: (parameter: string, message: string) =>
    new PlatformError(400, message, [{ path: parameter, message, parameterLocation: 'QUERY' }]),
  unauthorized: (message = 'Authentication required: missing or unknown bearer token') =>
    new PlatformError(401, message, undefined, undefined, { 'www-authenticate': 'Bearer' }),
  /** One message shape for every IAM denial so clients and docs can rely on it (facts §6 q3). */
  forbidden: (permission: string, detail?: string) =>
    new PlatformError(
      403,
      `Access denied: missing permission '${permission}'${detail ? ` ${detail}` : ''}`,
      undefined,
      [permission],
    ),
  appScopeMissing: (appId: string, permission: string) =>
    new PlatformError(
      403,
      `Access denied: app '${appId}' does not declare scope '${permission}' in app.config.json`,
      undefined,
      [permission],
    ),
  notFound: (message: string) => new PlatformError(404, message),
  methodNotAllowed: (method: string, allowed: string[]) =>
    new PlatformError(405, `Method ${method} is not allowed here; allowed: ${allowed.join(', ')}`, undefined, undefined, {
      allow: allowed.join(', '),
    }),
  conflict: (message: string) => new PlatformError(409, message),
  payloadTooLarge: () =>
    new PlatformError(413, `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes (1 MiB)`),
  unsupportedMediaType: (type: string) =>
    new PlatformError(415, `Unsupported content type '${type}'; expected application/json`),
  internal: () => new PlatformError(500, 'Internal error in the local platform (see its log)'),
};

export interface ErrorBody {
  error: {
    code: number;
    message: string;
    constraintViolations?: ConstraintViolation[];
    details?: { constraintViolations?: ConstraintViolation[]; missingScopes?: string[] };
  };
}

export function errorBody(err: PlatformError, family: EnvelopeFamily): ErrorBody {
  if (family === 'platform') {
    const details: NonNullable<ErrorBody['error']['details']> = {};
    if (err.constraintViolations?.length) details.constraintViolations = err.constraintViolations;
    if (err.status === 403 && err.missingScopes?.length) details.missingScopes = err.missingScopes;
    return {
      error: { code: err.status, message: err.message, ...(Object.keys(details).length ? { details } : {}) },
    };
  }
  return {
    error: {
      code: err.status,
      message: err.message,
      ...(err.constraintViolations?.length ? { constraintViolations: err.constraintViolations } : {}),
    },
  };
}
