import type http from 'node:http';
import { Readable } from 'node:stream';
import { BodyError, MAX_BODY_BYTES, readBody, readJson } from './body';
import { bearerToken, parseCookies } from './request-headers';
import { sendJson } from './respond';

/** A request as the readers see it: a stream of chunks with headers. */
function request(chunks: Array<string | Buffer>, headers: http.IncomingHttpHeaders = {}): http.IncomingMessage {
  return Object.assign(Readable.from(chunks), { headers }) as unknown as http.IncomingMessage;
}

async function kindOf(read: Promise<unknown>): Promise<string | undefined> {
  try {
    await read;
    return undefined;
  } catch (e) {
    if (e instanceof BodyError) return e.kind;
    throw e;
  }
}

describe('request bodies', () => {
  it('reads a body of up to 1 MiB and refuses one byte more, declared or streamed', async () => {
    const exact = Buffer.alloc(MAX_BODY_BYTES, 'a');
    expect((await readBody(request([exact.subarray(0, 1000), exact.subarray(1000)]))).length).toBe(MAX_BODY_BYTES);
    expect(await kindOf(readBody(request([exact, 'b'])))).toBe('too-large');
    expect(await kindOf(readBody(request(['{}'], { 'content-length': String(MAX_BODY_BYTES + 1) })))).toBe('too-large');
    expect(await kindOf(readBody(request(['abc']), 2))).toBe('too-large');
  });

  it('reads JSON, and says why it could not: content type, empty, malformed', async () => {
    expect(await readJson(request(['{"a":', '1}'], { 'content-type': 'application/json; charset=utf-8' }))).toEqual({ a: 1 });
    expect(await readJson(request(['[1]'], { 'content-type': 'text/plain' }))).toEqual([1]);
    expect(await readJson(request(['"x"']))).toBe('x'); // no content type: taken as JSON
    expect(await kindOf(readJson(request(['{}'], { 'content-type': 'application/xml' })))).toBe('unsupported-type');
    expect(await kindOf(readJson(request([])))).toBe('empty');
    const malformed = await readJson(request(['{not json'])).catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(BodyError);
    expect((malformed as BodyError).kind).toBe('malformed');
    expect((malformed as BodyError).detail).not.toBe('');
  });
});

describe('request headers', () => {
  const withAuth = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as http.IncomingMessage;

  it('takes the token of a bearer authorization only', () => {
    expect(bearerToken(withAuth('Bearer tok-1'))).toBe('tok-1');
    expect(bearerToken(withAuth('bearer   tok-2'))).toBe('tok-2');
    expect(bearerToken(withAuth('Basic dXNlcg=='))).toBeUndefined();
    expect(bearerToken(withAuth('Bearer two tokens'))).toBeUndefined();
    expect(bearerToken(withAuth('Bearer'))).toBeUndefined();
    expect(bearerToken(withAuth())).toBeUndefined();
  });

  it('parses cookies, skipping malformed values', () => {
    expect(parseCookies('a=1; b=%20x ; c=%E0%A4%A; e')).toEqual({ a: '1', b: ' x' });
    expect(parseCookies(undefined)).toEqual({});
  });
});

describe('JSON replies', () => {
  function capture(): { res: http.ServerResponse; sent: () => { status: number; headers: http.OutgoingHttpHeaders; body: string } } {
    let status = 0;
    let headers: http.OutgoingHttpHeaders = {};
    let body = '';
    const res = {
      writeHead: (s: number, h: http.OutgoingHttpHeaders) => {
        status = s;
        headers = h;
      },
      end: (b?: Buffer) => {
        body = b ? b.toString('utf8') : '';
      },
    } as unknown as http.ServerResponse;
    return { res, sent: () => ({ status, headers, body }) };
  }

  it('sends the body with its byte length, and extra headers over the defaults', () => {
    const { res, sent } = capture();
    sendJson(res, 201, { name: 'Zürich' }, { 'cache-control': 'no-store' });
    expect(sent()).toEqual({
      status: 201,
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength('{"name":"Zürich"}'), 'cache-control': 'no-store' },
      body: '{"name":"Zürich"}',
    });
  });

  it('sends what JSON cannot express as an empty body instead of failing', () => {
    const { res, sent } = capture();
    sendJson(res, 200, undefined);
    expect(sent()).toMatchObject({ status: 200, body: '', headers: { 'content-length': 0 } });
  });
});
