/**
 * The App Functions API path of AppEngine, as scripts and pipelines call a deployed app's
 * functions: `/platform/app-engine/app-functions/v1/apps/<app id>/api/<function>` (GET and POST,
 * facts §7), with the caller's platform token as `Authorization: Bearer`. The local host maps it
 * onto the same function runner as `/api/<function>`, so `npm run -s mac` works against the local
 * host exactly as against a real environment. Only the path is this module's; the run is the host's.
 */
export const APP_FUNCTIONS_PREFIX = '/platform/app-engine/app-functions/v1/apps/';

export type AppFunctionsRoute =
  | { kind: 'function'; name: string }
  | { kind: 'unknown-app'; appId: string }
  | { kind: 'malformed' };

/** The function a path names, or undefined when it is not an App Functions API path at all. */
export function appFunctionsRoute(pathname: string, appId: string): AppFunctionsRoute | undefined {
  if (!pathname.startsWith(APP_FUNCTIONS_PREFIX)) return undefined;
  const parts = pathname.slice(APP_FUNCTIONS_PREFIX.length).split('/');
  if (parts.length !== 3 || parts[1] !== 'api' || parts[0] === '' || parts[2] === '') return { kind: 'malformed' };
  let requestedApp: string;
  try {
    requestedApp = decodeURIComponent(parts[0]!);
  } catch {
    return { kind: 'malformed' };
  }
  if (requestedApp !== appId) return { kind: 'unknown-app', appId: requestedApp };
  return { kind: 'function', name: parts[2]! };
}

/** AppEngine documents GET and POST for a function call. */
export const APP_FUNCTION_METHODS = ['GET', 'POST'];
