/**
 * The wire form of a `PlatformError`. Two envelope families exist on the real platform:
 * - classic Settings 2.0 (`/platform/classic/environment-api/v2/...`):
 *   `{"error":{"code","message","constraintViolations"?}}`
 * - platform services such as app settings v2: `{"error":{"code","message","details":{...}}}`
 */
import type { ConstraintViolation, PlatformError } from '../errors';

export type EnvelopeFamily = 'classic' | 'platform';

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
