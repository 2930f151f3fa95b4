/**
 * `MetricsPort` over `metricsClient` of `@dynatrace-sdk/client-classic-environment-v2`
 * (`/platform/classic/environment-api/v2/metrics`), as the calling user: the app declares the scope
 * `environment-api:metrics:read`, the user needs `environment:roles:viewer`. The SDK puts a
 * metric key into the URL path as it is, so only well-formed keys (lib/metrics) get there; any
 * other key is simply not in the catalog.
 */
import { metricsClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { isMetricKey } from '../../lib/metrics/metric-key';
import { PortError, type MetricDescriptor, type MetricsPort } from '../../lib/functions/ports';
import { call } from './errors';

const JSON_ACCEPT = 'application/json; charset=utf-8';
/** what the picker and the guardrail read; `metricId` always comes along */
const FIELDS = '+unit,+aggregationTypes,+dimensionDefinitions,+entityType';

function descriptor(m: MetricDescriptor): MetricDescriptor {
  return {
    metricId: m.metricId,
    ...(m.displayName !== undefined ? { displayName: m.displayName } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.unit !== undefined ? { unit: m.unit } : {}),
    ...(m.aggregationTypes ? { aggregationTypes: m.aggregationTypes } : {}),
    ...(m.dimensionDefinitions ? { dimensionDefinitions: m.dimensionDefinitions } : {}),
    ...(m.entityType ? { entityType: m.entityType } : {}),
  };
}

export const metricsPort: MetricsPort = {
  async describe(metricKey) {
    if (!isMetricKey(metricKey)) return undefined;
    try {
      return descriptor(await call(() => metricsClient.metric({ acceptType: JSON_ACCEPT, metricKey })));
    } catch (e) {
      if (e instanceof PortError && e.status === 'not-found') return undefined;
      throw e;
    }
  },
  async search(q) {
    const r = await call(() =>
      'nextPageKey' in q
        ? metricsClient.allMetrics({ acceptType: JSON_ACCEPT, nextPageKey: q.nextPageKey })
        : metricsClient.allMetrics({
          acceptType: JSON_ACCEPT, fields: FIELDS, pageSize: q.pageSize,
          ...(q.metricSelector ? { metricSelector: q.metricSelector } : {}), ...(q.text ? { text: q.text } : {}),
        }),
    );
    return { metrics: r.metrics.map(descriptor), totalCount: r.totalCount, ...(r.nextPageKey ? { nextPageKey: r.nextPageKey } : {}) };
  },
};
