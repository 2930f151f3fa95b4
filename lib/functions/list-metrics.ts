/**
 * `list-metrics`: the metric picker's view of the metrics catalog, read as the caller. No team is
 * needed (the catalog is the environment's; IAM decides who may read it). A refused or broken
 * catalog is a failure with words, never a throw.
 */
import type { Failure } from '../contracts/common';
import { LIST_METRICS_PAGE_SIZE, type ListMetricsRequest, type ListMetricsResponse, type MetricInfo } from '../contracts/list-metrics';
import { PortError, type MetricDescriptor, type Ports } from './ports';
import { fail } from './results';

export function metricInfoOf(m: MetricDescriptor): MetricInfo {
  return {
    metricId: m.metricId,
    displayName: m.displayName ?? null,
    description: m.description ?? null,
    unit: m.unit ?? null,
    aggregationTypes: m.aggregationTypes ?? [],
    dimensions: (m.dimensionDefinitions ?? []).map((d) => ({ key: d.key, displayName: d.displayName ?? d.name ?? d.key })),
    entityTypes: m.entityType ?? [],
  };
}

export async function listMetrics(ports: Ports, req: ListMetricsRequest): Promise<ListMetricsResponse | Failure> {
  try {
    if ('metricKey' in req) {
      const found = await ports.metrics.describe(req.metricKey);
      return { status: 'ok', metrics: found ? [metricInfoOf(found)] : [], totalCount: found ? 1 : 0 };
    }
    const page = await ports.metrics.search('pageKey' in req
      ? { nextPageKey: req.pageKey }
      : { pageSize: LIST_METRICS_PAGE_SIZE, ...(req.text?.trim() ? { text: req.text.trim() } : {}) });
    return { status: 'ok', metrics: page.metrics.map(metricInfoOf), totalCount: page.totalCount, ...(page.nextPageKey ? { nextPageKey: page.nextPageKey } : {}) };
  } catch (e) {
    if (e instanceof PortError && e.status === 'forbidden') {
      return fail('forbidden', 'metrics/forbidden', 'you may not read the metrics catalog', { help: 'reading metrics needs `environment:roles:viewer`; ask your Dynatrace admin' });
    }
    if (e instanceof PortError && e.status === 'invalid') return fail('invalid', 'metrics/invalid-query', e.message.toLowerCase());
    return fail('error', 'metrics/unavailable', 'the metrics catalog did not answer', { help: 'try again in a moment' });
  }
}
