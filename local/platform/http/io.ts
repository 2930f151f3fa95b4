/**
 * Request/response plumbing shared by all handlers: bounded body reading (413 past 1 MiB),
 * strict JSON parsing (400 on malformed input) and JSON responses.
 */
import type http from 'node:http';
import { errors, MAX_BODY_BYTES } from './errors';

export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain so the socket can answer
    throw errors.payloadTooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) {
      req.resume();
      throw errors.payloadTooLarge();
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? 'application/json');
  if (!/^application\/(.+\+)?json\b/i.test(type) && !/^text\/plain\b/i.test(type)) {
    throw errors.unsupportedMediaType(type);
  }
  const raw = await readBody(req);
  if (raw.length === 0) throw errors.badRequest('Request body is required (JSON)');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e) {
    throw errors.badRequest(`Malformed JSON in request body: ${(e as Error).message}`);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // encoded once: measuring the string and then writing it would encode it twice
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
    ...headers,
  });
  res.end(bytes);
}

export function sendEmpty(res: http.ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}
