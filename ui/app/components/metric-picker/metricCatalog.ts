/**
 * The metrics catalog as the UI reads it (`list-metrics`): one metric by key, kept for the page's
 * life (the threshold's unit asks for the same key on every render), and text searches for the
 * picker. Failures come back as values, never thrown.
 */
import type { Failure, MetricInfo } from '../../../../lib/contracts';
import { callFunction } from '../../hooks/callFunction';

const byKey = new Map<string, Promise<MetricInfo | null>>();

/** The metric with this key; null when the catalog has none or could not be read (then asked again later). */
export function metricInfo(key: string): Promise<MetricInfo | null> {
  let found = byKey.get(key);
  if (!found) {
    found = callFunction('list-metrics', { metricKey: key }).then((r) => {
      if (r.status !== 'ok') byKey.delete(key);
      return r.status === 'ok' ? (r.metrics[0] ?? null) : null;
    }, () => {
      byKey.delete(key);
      return null;
    });
    byKey.set(key, found);
  }
  return found;
}

export async function searchMetrics(text: string, signal: AbortSignal): Promise<{ metrics: MetricInfo[]; totalCount: number } | Failure> {
  const r = await callFunction('list-metrics', { text }, signal);
  return r.status === 'ok' ? { metrics: r.metrics, totalCount: r.totalCount } : r;
}
