import { teamsToWalk } from './walkQueue';

const set = (...ids: string[]) => new Set(ids);

describe('the All teams view walks a few teams at a time', () => {
  it('starts the first teams up to the limit, in the order shown', () => {
    expect([...teamsToWalk(['a', 'b', 'c', 'd'], set(), set(), 2)]).toEqual(['a', 'b']);
  });

  it('starts the next team when one is done, and keeps the finished ones started', () => {
    expect([...teamsToWalk(['a', 'b', 'c', 'd'], set('a', 'b'), set('a'), 2)]).toEqual(['a', 'b', 'c']);
    expect([...teamsToWalk(['a', 'b', 'c', 'd'], set('a', 'b', 'c'), set('a', 'b', 'c'), 2)]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('changes nothing (the same set) while the limit is reached or every team started', () => {
    const running = set('a', 'b');
    expect(teamsToWalk(['a', 'b', 'c'], running, set(), 2)).toBe(running);
    const all = set('a', 'b');
    expect(teamsToWalk(['a', 'b'], all, set('a', 'b'), 2)).toBe(all);
  });

  it('a team added later waits its turn like the others', () => {
    expect([...teamsToWalk(['a', 'new', 'b'], set('a', 'b'), set(), 2)]).toEqual(['a', 'b']);
    expect([...teamsToWalk(['a', 'new', 'b'], set('a', 'b'), set('b'), 2)]).toEqual(['a', 'b', 'new']);
  });
});
