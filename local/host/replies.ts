/**
 * The host's own answers (everything the embedded platform does not answer itself): JSON that is
 * never cached, and errors in the envelope Dynatrace platform services use,
 * `{ error: { code, message, details? } }`. Reading and writing go through `local/http`.
 */
import type http from 'node:http';
import { MAX_BODY_BYTES } from '../http/body';
import { sendJson } from '../http/respond';

export function sendHostJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  sendJson(res, status, body, { 'cache-control': 'no-store', ...headers });
}

export function sendError(res: http.ServerResponse, status: number, message: string, details?: Record<string, unknown>, headers: http.OutgoingHttpHeaders = {}): void {
  sendHostJson(res, status, { error: { code: status, message, ...(details ? { details } : {}) } }, headers);
}

/** The host's words for a body over the limit (413). */
export const BODY_TOO_LARGE = `request body exceeds the limit of ${MAX_BODY_BYTES} bytes`;
