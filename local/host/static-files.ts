/**
 * Serves the built UI (`dist/ui`) under `/ui/`, with the single-page-app fallback to
 * `index.html` for client-side routes. Paths are resolved strictly inside the UI folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import { sendError } from './http-util';

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

export async function serveUi(uiDir: string, urlPath: string, res: http.ServerResponse, ifNoneMatch?: string): Promise<void> {
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
  if (path.basename(file) === 'index.html') {
    res.writeHead(200, { 'content-type': contentTypes['.html']!, 'cache-control': 'no-store' });
    return void res.end(await fs.readFile(file));
  }
  // assets revalidate by ETag: an unchanged build answers 304, so the browser keeps its parsed
  // and compiled scripts (a rebuild changes size or mtime, hence the tag)
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag };
  if (ifNoneMatch === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, headers);
  res.end(await fs.readFile(file));
}
