/**
 * The one place the UI turns user ids into people (`resolve-people`): ids asked for in the same
 * moment by any component are sent together (up to the function's limit per call), every answer
 * is kept for the page's life, and an id is never asked twice. A failed call leaves its ids at
 * the fallback (the id itself) instead of asking again on every render. No React here (see
 * `usePeople`), so the batching is testable on its own.
 */
import type { Person } from '../../../lib/contracts';
import { MAX_PEOPLE_PER_CALL } from '../../../lib/contracts/resolve-people-limit';

export type Resolver = (ids: string[]) => Promise<Person[] | undefined>;

export interface PeopleStore {
  /** the person if known (asked for otherwise) */
  get(id: string): Person | undefined;
  /** asks for every id not known or on its way; answers arrive through `subscribe` */
  want(ids: Iterable<string>): void;
  subscribe: (listener: () => void) => () => void;
  /** changes whenever people arrive (for useSyncExternalStore) */
  version: () => number;
}

export const unresolved = (id: string): Person => ({ id, label: id, email: null, source: 'id' });

export function createPeopleStore(resolve: Resolver, schedule: (flush: () => void) => void = (f) => void setTimeout(f, 0)): PeopleStore {
  const known = new Map<string, Person>();
  const asked = new Set<string>();
  let queue: string[] = [];
  const listeners = new Set<() => void>();
  let version = 0;

  const publish = () => {
    version++;
    for (const l of listeners) l();
  };

  async function send(batch: string[]): Promise<void> {
    const people = await resolve(batch).catch(() => undefined);
    const byId = new Map((people ?? []).map((p) => [p.id, p]));
    for (const id of batch) known.set(id, byId.get(id) ?? unresolved(id));
    publish();
  }

  function flush(): void {
    const ids = queue;
    queue = [];
    for (let i = 0; i < ids.length; i += MAX_PEOPLE_PER_CALL) void send(ids.slice(i, i + MAX_PEOPLE_PER_CALL));
  }

  return {
    get: (id) => known.get(id),
    want(ids) {
      const before = queue.length;
      for (const id of ids) {
        if (id === '' || asked.has(id)) continue;
        asked.add(id);
        queue.push(id);
      }
      if (before === 0 && queue.length > 0) schedule(flush);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
