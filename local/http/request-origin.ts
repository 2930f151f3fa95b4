/**
 * Where a request comes from, for the local host and the local platform's developer API alike:
 * whether its `Host` names this machine's loopback interface, and whether a browser sent it from
 * the server's own origin. Both servers are developer tools without real authentication (persona
 * tokens in the clear, an unauthenticated reset), so they talk to loopback names only (a page
 * that rebinds its own DNS name to 127.0.0.1 still sends that name as `Host`) and refuse what a
 * browser marks as sent by another origin (a cross-site form post, or a page on another port of
 * localhost, which counts as the same *site*).
 */
import type http from 'node:http';
import net from 'node:net';

/** `127.0.0.1`, `localhost` or `[::1]`, each with an optional port: the only names of this machine a page cannot rebind. */
export function isLoopbackHost(host: string | undefined): boolean {
  return typeof host === 'string' && /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i.test(host);
}

/**
 * An IP address literal (`192.168.1.5:3000`, `[fe80::1]`): safe from DNS rebinding as well, since
 * a page can only be at such an origin when the browser connected to that very address.
 */
export function isIpLiteralHost(host: string | undefined): boolean {
  if (typeof host !== 'string') return false;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(host);
  if (bracketed) return net.isIPv6(bracketed[1]!);
  const plain = /^([^:]+)(?::\d{1,5})?$/.exec(host);
  return plain !== null && net.isIPv4(plain[1]!);
}

/** A listen address that only this machine can reach (`127.0.0.0/8`, `::1`, `localhost`). */
export function isLoopbackAddress(address: string): boolean {
  if (address.toLowerCase() === 'localhost') return true;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (net.isIPv4(v4)) return v4.startsWith('127.');
  // URL serializes an IPv6 address in its shortest form (`0:0:0:0:0:0:0:1` → `[::1]`)
  return net.isIPv6(address) && new URL(`http://[${address}]/`).hostname === '[::1]';
}

/**
 * What the browser says about a request's sender:
 * - `same-origin`: sent by a page of this origin (`Sec-Fetch-Site: same-origin`, or an `Origin` equal to it),
 * - `user`: a navigation the user started (address bar, bookmark, a link opened from another application: `Sec-Fetch-Site: none`),
 * - `cross-origin`: another origin, another port of localhost included (`same-site`, `cross-site`, a foreign or `null` `Origin`),
 * - `unknown`: no such header, so not a browser (curl, scripts, the js-runtime) or a browser too old to say.
 */
export type Provenance = 'same-origin' | 'user' | 'cross-origin' | 'unknown';

export function provenanceOf(headers: http.IncomingHttpHeaders, selfOrigin: string): Provenance {
  const origin = headers.origin;
  if (typeof origin === 'string' && origin.toLowerCase() !== selfOrigin.toLowerCase()) return 'cross-origin';
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') {
    if (site === 'same-origin') return 'same-origin';
    if (site === 'none') return 'user';
    return 'cross-origin'; // `same-site`, `cross-site`, or a value no browser sends
  }
  return typeof origin === 'string' ? 'same-origin' : 'unknown';
}

/** The origin a request was addressed to, from its (already checked) `Host`. */
export function requestOrigin(req: http.IncomingMessage): string {
  return `http://${String(req.headers.host ?? '').toLowerCase()}`;
}
