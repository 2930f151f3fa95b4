/**
 * "Did you mean" for an unknown metric key: the known keys closest to what was typed, by edit
 * distance (case-insensitive), where a key that differs only by a missing `builtin:` prefix or by
 * its case counts as closest of all. The candidates come from the metrics catalog near the typed
 * key (`nearbySelectors`, a text search for its last segment); this module only ranks them.
 */
import { namespaceOf } from './metric-key';

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The part after the namespace, lowercased: what a forgotten or wrong prefix leaves equal. */
const bare = (key: string) => key.slice(key.indexOf(':') + 1).toLowerCase();

/**
 * Up to `limit` keys of `candidates` close to `typed`, best first (ties by key). A key is close
 * when its distance is at most a quarter of the typed key's length (at least 2), and at most one
 * more than the closest key's.
 */
export function suggestMetricKeys(typed: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = typed.toLowerCase().slice(0, 250);
  const max = Math.max(2, Math.floor(needle.length / 4));
  const typedBare = bare(typed);
  const typedHasNamespace = namespaceOf(typed) !== undefined;
  const scored = new Map<string, number>();
  for (const key of candidates) {
    if (key === typed || scored.has(key)) continue;
    // `service.response.time` for `builtin:service.response.time`: the same metric, prefix forgotten
    const sameBare = bare(key) === typedBare && (!typedHasNamespace || key.toLowerCase() === needle);
    const d = sameBare ? 0 : editDistance(needle, key.toLowerCase(), max);
    if (d <= max) scored.set(key, d);
  }
  // only the closest ones: a key one edit away makes another four edits away noise
  const best = Math.min(...scored.values());
  return [...scored]
    .filter(([, d]) => d <= best + 1)
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}
