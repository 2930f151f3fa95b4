/** Summaries of timings the benches print: quantiles by rank (no interpolation), median and p95. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export function stats(xs: readonly number[]): { medianMs: number; p95Ms: number; n: number } {
  return { medianMs: +quantile(xs, 0.5).toFixed(3), p95Ms: +quantile(xs, 0.95).toFixed(3), n: xs.length };
}
