import type { Person } from '../../../lib/contracts';
import { createPeopleStore } from './peopleStore';

const person = (id: string): Person => ({ id, label: `name of ${id}`, email: null, source: 'directory' });

function setup(answer: (ids: string[]) => Promise<Person[] | undefined> = async (ids) => ids.map(person)) {
  const calls: string[][] = [];
  const flushes: Array<() => void> = [];
  const store = createPeopleStore(async (ids) => {
    calls.push(ids);
    return answer(ids);
  }, (f) => flushes.push(f));
  const flush = async () => {
    flushes.splice(0).forEach((f) => f());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { store, calls, flush };
}

describe('peopleStore', () => {
  it('sends the ids asked for in one moment together, once each, and keeps the answers', async () => {
    const { store, calls, flush } = setup();
    store.want(['a', 'b']);
    store.want(['b', 'c', '']);
    await flush();
    expect(calls).toEqual([['a', 'b', 'c']]);
    expect(store.get('c')).toEqual(person('c'));
    store.want(['a', 'c']);
    await flush();
    expect(calls).toHaveLength(1);
  });

  it('splits more ids than one call takes', async () => {
    const { store, calls, flush } = setup();
    store.want(Array.from({ length: 250 }, (_, i) => `id-${i}`));
    await flush();
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
  });

  it('leaves ids at the fallback when the call fails, and does not ask again', async () => {
    const { store, calls, flush } = setup(async () => undefined);
    let changes = 0;
    store.subscribe(() => changes++);
    store.want(['a']);
    await flush();
    expect(store.get('a')).toEqual({ id: 'a', label: 'a', email: null, source: 'id' });
    expect(changes).toBe(1);
    store.want(['a']);
    await flush();
    expect(calls).toHaveLength(1);
  });
});
