/**
 * Route table matching: literal segments and `:param` segments. A path that matches with the
 * wrong method is a 405 (with `Allow`), a path that matches nothing is a 404.
 */
import type { AuthedCtx, Handler, RequestCtx } from './context';
import type { EnvelopeFamily } from './envelope';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RouteBase {
  path: string;
  family: EnvelopeFamily;
}

/** A route's handlers get an authenticated context, or — `/_local/*`, the developer API — none. */
export type Route =
  | (RouteBase & { auth: true; methods: Partial<Record<Method, Handler<AuthedCtx>>> })
  | (RouteBase & { auth: false; methods: Partial<Record<Method, Handler<RequestCtx>>> });

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly compiled: Array<{ route: Route; segments: string[] }>;

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({ route, segments: route.path.split('/').filter(Boolean) }));
  }

  match(pathname: string): RouteMatch | undefined {
    const parts = pathname.split('/').filter(Boolean);
    for (const { route, segments } of this.compiled) {
      if (segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const seg = segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith(':')) params[seg.slice(1)] = safeDecode(part);
        else ok = seg === part;
      }
      if (ok) return { route, params };
    }
    return undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // an undecodable id simply matches nothing later (404)
  }
}
