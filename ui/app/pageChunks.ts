/**
 * The lazily loaded code of each page (one chunk per page keeps the initial bundle small), and
 * which one a URL needs: `App` renders the pages from these loaders, and `ui/earlyStart` starts
 * the current URL's chunk at startup, while the rest of the initial bundle is still evaluating,
 * instead of when the router first renders the page. The browser loads each module once, so
 * both get the same module.
 */
export const pageChunks = {
  home: () => import('./pages/Home/HomePage'),
  workspace: () => import('./pages/Workspace/WorkspacePage'),
  review: () => import('./pages/Review/ReviewPage'),
  teams: () => import('./pages/Admin/TeamsPage'),
  calculator: () => import('./pages/Calculator/index'),
};

/** The chunk by the first segment of an app path, as App's routes name them. */
const CHUNK_BY_SEGMENT = new Map<string, () => Promise<unknown>>([
  ['', pageChunks.home],
  ['workspace', pageChunks.workspace],
  ['review', pageChunks.review],
  ['teams', pageChunks.teams],
  ['calculator', pageChunks.calculator],
]);

/** The page chunk for a path inside the app (`/`, `/workspace/…`; the `/ui` prefix removed), if any. */
export function pageChunkFor(appPath: string): (() => Promise<unknown>) | undefined {
  return CHUNK_BY_SEGMENT.get(appPath.split('/')[1] ?? '');
}
