/** Fuzzy "did you mean" suggestions (edit distance, case-insensitive), like cedar's. */

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Up to `limit` candidates close to `input`, best first. */
export function didYouMean(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase().slice(0, 200);
  const max = Math.max(2, Math.floor(needle.length / 4));
  const scored: Array<[number, string]> = [];
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase(), max);
    if (d <= max) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
  return scored.slice(0, limit).map((s) => s[1]);
}
