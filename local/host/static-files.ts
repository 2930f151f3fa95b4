/**
 * Serves the built UI (`dist/ui`) under `/ui/`, with the single-page-app fallback to
 * `index.html` for client-side routes. Paths are resolved strictly inside the UI folder.
 *
 * Caching, as a CDN serving an immutable deployment would: the page itself is never cached, and
 * the build's assets stay fresh in the browser for as long as the build does. That matters for
 * speed: Chromium drops V8's code cache of a script whenever the script is revalidated (a 304
 * gives it a new response time), so with revalidation every reload parsed main.js and the page
 * chunks again (~0.3–0.5 s of CPU on a 2-core machine) and re-produced the cache every other
 * load. dt-app names the files without a content hash, so freshness is tied to the build
 * instead: the page sets a `ta_build` cookie with the build's id, assets requested with the
 * current id are fresh for a day and vary by Cookie, so after a rebuild the next page sets a new
 * id and the browser fetches every asset again. Anything else (no or an old id) revalidates by
 * ETag as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import { sendError } from './replies';

export const BUILD_COOKIE = 'ta_build';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Identifies the build in `uiDir`: `dt-app build` writes the folder, index.html and main.js anew every time. */
export async function buildId(uiDir: string): Promise<string | undefined> {
  const stats = await Promise.all(['.', 'index.html', 'main.js'].map((f) => fs.stat(path.join(uiDir, f)).catch(() => undefined)));
  if (stats.some((s) => !s)) return undefined;
  const key = stats.map((s) => `${s!.size}:${s!.mtimeMs}`).join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export interface UiRequest {
  ifNoneMatch?: string;
  /** the `ta_build` cookie the request carries */
  build?: string;
}

export async function serveUi(uiDir: string, urlPath: string, res: http.ServerResponse, request: UiRequest = {}): Promise<void> {
  const relative = decodeURIComponent(urlPath.replace(/^\/ui\/?/, ''));
  const root = path.resolve(uiDir);
  let file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return sendError(res, 404, 'not found');
  let stat = await fs.stat(file).catch(() => undefined);
  if (!stat || stat.isDirectory() || !path.extname(file)) {
    // client-side route: the app's router decides
    file = path.join(root, 'index.html');
    stat = await fs.stat(file).catch(() => undefined);
    if (!stat) return sendError(res, 503, 'the UI is not built: run `npm run build`');
  }
  const build = await buildId(root);
  if (path.basename(file) === 'index.html') {
    const headers: http.OutgoingHttpHeaders = { 'content-type': contentTypes['.html']!, 'cache-control': 'no-store' };
    if (build) headers['set-cookie'] = `${BUILD_COOKIE}=${build}; Path=/ui; HttpOnly; SameSite=Lax`;
    res.writeHead(200, headers);
    return void res.end(await fs.readFile(file));
  }
  // a rebuild changes size or mtime, hence the tag
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const current = build !== undefined && request.build === build;
  const headers = {
    'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': current ? 'max-age=86400' : 'no-cache',
    ...(current ? { vary: 'Cookie' } : {}),
    etag,
  };
  if (request.ifNoneMatch === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, headers);
  res.end(await fs.readFile(file));
}
