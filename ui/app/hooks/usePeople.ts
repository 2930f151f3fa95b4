/**
 * People by user id for any page: `usePeople(ids)` asks the shared store for the ids (batched
 * with every other component's, cached for the page's life) and re-renders when they arrive. It
 * answers a lookup that gives the person, or the id fallback until the answer is there — pages
 * never format user ids themselves (`PersonName` shows one).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Person } from '../../../lib/contracts';
import { callFunction } from './callFunction';
import { createPeopleStore, unresolved } from './peopleStore';

const store = createPeopleStore(async (ids) => {
  const r = await callFunction('resolve-people', { ids });
  return r.status === 'ok' ? r.people : undefined;
});

export type PersonLookup = (id: string) => Person;

/** True while the id's answer has not arrived (the lookup shows the id meanwhile): "not yet" is not "unknown". */
export const isPersonPending = (id: string): boolean => store.get(id) === undefined;

export function usePeople(ids: Iterable<string | null | undefined>): PersonLookup {
  const wanted = useMemo(() => [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))].sort(), [ids]);
  const key = wanted.join('\n');
  useEffect(() => {
    store.want(wanted);
    // the ids are compared by content: a new array of the same ids asks nothing again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const version = useSyncExternalStore(store.subscribe, store.version);
  // a new lookup whenever people arrive, so memoized rows that use it are rebuilt
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo<PersonLookup>(() => (id) => store.get(id) ?? unresolved(id), [version]);
}
