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

export async function serveUi(uiDir: string, urlPath: string, res: http.ServerResponse): Promise<void> {
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
  const body = await fs.readFile(file);
  res.writeHead(200, {
    'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': path.basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  });
  res.end(body);
}
