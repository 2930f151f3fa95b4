/**
 * Where the tab keeps the caller's last `get-context` answer (per user, in sessionStorage), and a
 * light read of the team ids in it for startup. Kept free of zod and React so that `ui/earlyStart`
 * can use it before the rest of the bundle is evaluated.
 */
import { getCurrentUserDetails } from '@dynatrace-sdk/app-environment';

/** Per user and browser tab; undefined when the user is unknown. */
export function callerStorageKey(): string | undefined {
  try {
    return `team-alerting:get-context:${getCurrentUserDetails().id}`;
  } catch {
    return undefined;
  }
}

/**
 * The team ids of the tab's last get-context answer, unvalidated: they only choose what to
 * prefetch, and the function refuses a team the caller is not in (`CallerContext` validates the
 * whole answer before anything is shown from it).
 */
export function cachedTeamIds(): string[] {
  const key = callerStorageKey();
  if (!key) return [];
  try {
    const cached = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { teams?: unknown } | null;
    if (!Array.isArray(cached?.teams)) return [];
    return cached.teams.map((t: unknown) => (t as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
