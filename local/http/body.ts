/**
 * Request bodies, for the local host and the local platform alike: a bounded read (1 MiB unless
 * told otherwise) and strict JSON. A failure is a `BodyError` with a kind rather than a status,
 * because each server answers it in its own envelope and words (see `local/platform/errors.ts`
 * and `local/host/replies.ts`).
 */
import type http from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyErrorKind = 'too-large' | 'unsupported-type' | 'empty' | 'malformed';

export class BodyError extends Error {
  /** `detail`: the content type (unsupported-type) or the parser's message (malformed). */
  constructor(
    readonly kind: BodyErrorKind,
    readonly detail = '',
  ) {
    super(`request body: ${kind}${detail ? ` (${detail})` : ''}`);
  }
}

/** The whole body; past `limit` bytes (declared or received) the rest is drained and `too-large` thrown. */
export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain so the socket can still carry the answer
    throw new BodyError('too-large');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) {
      req.resume();
      throw new BodyError('too-large');
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A JSON body: JSON (or text/plain, as the SDK sometimes sends) content type, not empty, parseable. */
export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? 'application/json');
  if (!/^application\/(.+\+)?json\b/i.test(type) && !/^text\/plain\b/i.test(type)) throw new BodyError('unsupported-type', type);
  const raw = await readBody(req);
  if (raw.length === 0) throw new BodyError('empty');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e) {
    throw new BodyError('malformed', (e as Error).message);
  }
}
