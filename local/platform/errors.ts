/**
 * The one error factory of the local platform. Every failure a handler or service can produce
 * is a `PlatformError` built here, so status codes and messages stay identical across endpoints
 * (Azurite habit); `http/envelope.ts` puts them on the wire. A body that cannot be read arrives
 * as the shared `BodyError` and is translated here (`fromBodyError`).
 */
import { BodyError, MAX_BODY_BYTES } from '../http/body';

export type ParameterLocation = 'HEADER' | 'PATH' | 'PAYLOAD_BODY' | 'QUERY';

export interface ConstraintViolation {
  path?: string;
  message: string;
  parameterLocation?: ParameterLocation;
  location?: string;
}

export class PlatformError extends Error {
  /** The submitted value a schema validation refused (Settings `SettingsObjectResponse.invalidValue`). */
  invalidValue?: unknown;

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

export const errors = {
  badRequest: (message: string, constraintViolations?: ConstraintViolation[]) =>
    new PlatformError(400, message, constraintViolations),
  /** A settings value the schema refused, with the value as submitted. */
  schemaValidation: (constraintViolations: ConstraintViolation[], invalidValue: unknown) => {
    const e = new PlatformError(400, 'Schema validation failed', constraintViolations);
    e.invalidValue = invalidValue;
    return e;
  },
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
  /** A 403 whose reason is not a missing permission (e.g. a level the caller is not assigned to). */
  forbiddenWith: (message: string) => new PlatformError(403, message),
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
  notAcceptable: (accept: string, offered: string) => new PlatformError(406, `Not acceptable: '${accept}'; this endpoint answers ${offered}`),
  conflict: (message: string) => new PlatformError(409, message),
  payloadTooLarge: () =>
    new PlatformError(413, `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes (1 MiB)`),
  unsupportedMediaType: (type: string) =>
    new PlatformError(415, `Unsupported content type '${type}'; expected application/json`),
  internal: () => new PlatformError(500, 'Internal error in the local platform (see its log)'),
};

/** The platform's answer to a body it could not read (413, 415 or 400). */
export function fromBodyError(e: BodyError): PlatformError {
  switch (e.kind) {
    case 'too-large':
      return errors.payloadTooLarge();
    case 'unsupported-type':
      return errors.unsupportedMediaType(e.detail);
    case 'empty':
      return errors.badRequest('Request body is required (JSON)');
    case 'malformed':
      return errors.badRequest(`Malformed JSON in request body: ${e.detail}`);
  }
}

/** Any thrown value as the error to answer with; undefined for a bug (→ 500). */
export function asPlatformError(e: unknown): PlatformError | undefined {
  if (e instanceof PlatformError) return e;
  if (e instanceof BodyError) return fromBodyError(e);
  return undefined;
}
