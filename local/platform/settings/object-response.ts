/**
 * `SettingsObjectResponse` — the body Settings 2.0 answers per object: every item of a POST, and
 * a PUT or DELETE of one object that fails with 400, 404 or 409 (the SDK throws
 * `SettingsObjectResponseError` for those; 403 and server errors stay `ErrorEnvelope`s):
 * `{ code, error: { code, message, constraintViolations? }, invalidValue? }`. Constraint-violation
 * paths of a value start with the schema id and the object's index in the request
 * (`builtin:alerting.profile/0/name`; a PUT's one object has index 0), as the Terraform provider
 * reads them (`dynatrace/rest/error.go`).
 */
import { asPlatformError, type ConstraintViolation } from '../errors';
import type { AuthedCtx, Handler } from '../http/context';
import type { Json } from '../model/types';

export interface SettingsObjectResponse {
  code: number;
  objectId?: string;
  error?: { code: number; message: string; constraintViolations?: ConstraintViolation[] };
  invalidValue?: Json;
}

export function failedObject(code: number, message: string, constraintViolations?: ConstraintViolation[], invalidValue?: Json): SettingsObjectResponse {
  return {
    code,
    error: { code, message, ...(constraintViolations?.length ? { constraintViolations } : {}) },
    ...(invalidValue !== undefined ? { invalidValue } : {}),
  };
}

/** Where a value's violations point: under the schema id and the object's index in the request. */
export function valueViolations(schemaId: string, index: number, violations: ConstraintViolation[]): ConstraintViolation[] {
  const prefix = `${schemaId}/${index}`;
  return violations.map((v) => ({ ...v, path: v.path ? `${prefix}/${v.path}` : prefix, parameterLocation: 'PAYLOAD_BODY' }));
}

const OBJECT_RESPONSE_STATUSES = new Set([400, 404, 409]);

/** A handler of one object's PUT or DELETE whose 400/404/409 leave as a SettingsObjectResponse. */
export function withObjectResponseErrors(handler: Handler<AuthedCtx>): Handler<AuthedCtx> {
  return async (ctx) => {
    try {
      return await handler(ctx);
    } catch (e) {
      const err = asPlatformError(e);
      if (!err || !OBJECT_RESPONSE_STATUSES.has(err.status)) throw e;
      return { status: err.status, body: failedObject(err.status, err.message, err.constraintViolations, err.invalidValue as Json | undefined) };
    }
  };
}
