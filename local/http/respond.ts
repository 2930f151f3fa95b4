/** Writing responses, for the local host and the local platform alike. */
import type http from 'node:http';

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  // encoded once: measuring the string and then writing it would encode it twice; a body JSON
  // cannot express (undefined, a function) is sent empty rather than failing the request
  const text = JSON.stringify(body) as string | undefined;
  const bytes = Buffer.from(text ?? '', 'utf8');
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
