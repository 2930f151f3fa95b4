/**
 * Which teams' inventories the All teams view walks now. Each walk reads a team's every object
 * page by page; started all at once, fifty teams would be fifty walks side by side, each slowing
 * the others and the functions for everyone else. So at most `max` run at a time, in the order
 * the teams are shown; a team once started stays started (its card keeps what it loaded).
 */
export function teamsToWalk(order: readonly string[], started: ReadonlySet<string>, done: ReadonlySet<string>, max: number): ReadonlySet<string> {
  let running = [...started].filter((id) => !done.has(id)).length;
  const next = new Set(started);
  for (const id of order) {
    if (running >= max) break;
    if (next.has(id)) continue;
    next.add(id);
    running += 1;
  }
  return next.size === started.size ? started : next;
}
