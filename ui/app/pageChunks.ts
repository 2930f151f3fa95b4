/**
 * The lazily loaded code of each page (one chunk per page keeps the initial bundle small), and
 * which one a URL needs: `App` renders the pages from these loaders, and `ui/earlyStart` starts
 * the current URL's chunk at startup, while the rest of the initial bundle is still evaluating,
 * instead of when the router first renders the page. The browser loads each module once, so
 * both get the same module.
 */
/** The router's basename: the app's pages live under `/ui` (dt-app serves the UI there). */
export const ROUTER_BASENAME = 'ui';

/** The path inside the app of a browser path (`/ui/workspace/x` → `/workspace/x`). */
export function appPathOf(pathname: string): string {
  const prefix = `/${ROUTER_BASENAME}`;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

export const pageChunks = {
  home: () => import('./pages/Home/HomePage'),
  workspace: () => import('./pages/Workspace/WorkspacePage'),
  review: () => import('./pages/Review/ReviewPage'),
  overview: () => import('./pages/Admin/OverviewPage'),
  teams: () => import('./pages/Admin/TeamsPage'),
  calculator: () => import('./pages/Calculator/index'),
  apply: () => import('./pages/Apply/ApplyPage'),
  requests: () => import('./pages/Requests/RequestsPage'),
};

/** The chunk for a path inside the app (`/`, `/workspace/…`; the `/ui` prefix removed), if any: by its first segment, which App's routes name after the chunk ('' = home). */
export function pageChunkFor(appPath: string): (() => Promise<unknown>) | undefined {
  const segment = appPath.split('/')[1] || 'home';
  return Object.hasOwn(pageChunks, segment) ? pageChunks[segment as keyof typeof pageChunks] : undefined;
}
