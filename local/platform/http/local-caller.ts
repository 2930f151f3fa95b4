/**
 * The gate of the developer API (`/_local/*`), in place of authentication: it has none (it hands
 * out every persona's token and resets the data), so its protection is who can reach it.
 */
import type http from 'node:http';
import { PlatformError } from '../errors';
import { isLoopbackHost, provenanceOf, requestOrigin } from '../../http/request-origin';

/**
 * The `Host` must be a loopback name (a page that rebinds its DNS name to 127.0.0.1 sends its own
 * name, so it cannot read the tokens), and nothing a browser marks as sent by another origin gets
 * through (a cross-site form cannot reset the data). Scripts send neither `Origin` nor
 * `Sec-Fetch-Site` and pass.
 */
export function assertLocalCaller(req: http.IncomingMessage): void {
  const host = req.headers.host;
  if (!isLoopbackHost(host)) {
    throw new PlatformError(403, `The developer API answers only loopback hosts (127.0.0.1, localhost, [::1]); host '${String(host ?? '').slice(0, 100)}' is not one`);
  }
  if (provenanceOf(req.headers, requestOrigin(req)) === 'cross-origin') {
    throw new PlatformError(403, 'The developer API refuses requests a browser sent from another origin');
  }
}
