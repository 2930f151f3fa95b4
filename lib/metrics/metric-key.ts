/**
 * What a metric key may look like, and the metric selectors built from one. A metric event of
 * query type `METRIC_KEY` names one metric by its key (`builtin:service.response.time`); the app
 * looks that key up in the metrics catalog, so every key that reaches a URL or a selector goes
 * through `isMetricKey` first.
 *
 * The pattern is Dynatrace's documented key syntax ("starts with a letter; letters, digits,
 * hyphens, underscores and dots", plus a namespace such as `builtin:` or `ext:`) and nothing more:
 * no `/`, `%`, quotes, spaces or transformations (`:avg`), so a key stands for itself in a URL path
 * segment (the SDK puts `metricKey` into the path as it is) and in a selector.
 */

export const METRIC_KEY_MAX_LENGTH = 250;

/** `namespace:` (optional) then dot-separated segments; each segment letters, digits, `_` and `-`. */
const METRIC_KEY_PATTERN = /^(?:[A-Za-z][A-Za-z0-9_-]*:)?[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export function isMetricKey(key: string): boolean {
  return key.length <= METRIC_KEY_MAX_LENGTH && METRIC_KEY_PATTERN.test(key);
}

/** The namespace of the key (`builtin`), or undefined for a key without one. */
export function namespaceOf(key: string): string | undefined {
  const colon = key.indexOf(':');
  return colon > 0 ? key.slice(0, colon) : undefined;
}

/** Only these characters may stand unquoted next to a selector's wildcard (the docs quote every other symbol). */
const PLAIN_SELECTOR_PART = /^[A-Za-z0-9_.:]+$/;

/**
 * Selectors for the metrics near an unknown key, nearest first: the key's parent and grandparent
 * families (`builtin:service.response.*`, `builtin:service.*`), and for a key without a namespace
 * the same under `builtin:` (a forgotten prefix is the most common slip). Families are never
 * wider than one namespace segment (`builtin:*` would list the whole catalog).
 */
export function nearbySelectors(key: string): string[] {
  if (!isMetricKey(key)) return [];
  const roots = namespaceOf(key) === undefined ? [key, `builtin:${key}`] : [key];
  const out: string[] = [];
  for (const root of roots) {
    const segments = root.split('.');
    for (let keep = segments.length - 1; keep >= Math.max(1, segments.length - 2); keep--) {
      const parent = segments.slice(0, keep).join('.');
      // a parent that is only the namespace (`builtin:service`) still names one family of metrics
      if (!PLAIN_SELECTOR_PART.test(parent)) continue;
      out.push(`${parent}.*`);
    }
  }
  return [...new Set(out)];
}

/** The last segment of a key (`time` of `builtin:service.response.time`), for a text search. */
export function lastSegmentOf(key: string): string {
  const afterNamespace = key.slice(key.indexOf(':') + 1);
  const segments = afterNamespace.split('.');
  return segments[segments.length - 1] ?? '';
}
