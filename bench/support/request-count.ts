/** Counting the platform requests an operation sends, by kind, from the platform's request log. */
import type { RequestLogEntry } from '../../local/platform';

const tick = () => new Promise<void>((r) => setImmediate(r));

function kindOf(e: RequestLogEntry): string {
  if (e.path.startsWith('/platform/app-settings/')) return 'teamMappings';
  if (e.method === 'GET' && e.path.endsWith('/settings/objects')) return 'listPages';
  if (e.method === 'GET' && e.path.includes('/settings/objects/')) return 'objectReads';
  if (e.method === 'POST' && e.path.endsWith('/effective-permissions:resolve')) return 'permissionChecks';
  return ['POST', 'PUT', 'DELETE'].includes(e.method) ? 'writes' : 'other';
}

/** `counted(f)`: runs `f` and answers its result with the requests it caused, classified. */
export function requestCounter(log: RequestLogEntry[]) {
  return async <T>(f: () => Promise<T>) => {
    const start = log.length;
    const result = await f();
    await tick();
    const entries = log.slice(start);
    const byKind: Record<string, number> = {};
    for (const e of entries) byKind[kindOf(e)] = (byKind[kindOf(e)] ?? 0) + 1;
    return { result, total: entries.length, byKind, requests: entries.map((e) => `${e.method} ${e.path} ${e.status}`) };
  };
}
