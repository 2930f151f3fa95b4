import { metricKeyOf, thresholdMetricKeyOf } from './metric-event-query';

const ME = 'builtin:anomaly-detection.metric-events';
const keyQuery = (metricKey: unknown, type?: string) => ({ queryDefinition: { ...(type ? { type } : {}), metricKey } });
const selectorQuery = (metricSelector: string) => ({ queryDefinition: { type: 'METRIC_SELECTOR', metricSelector } });

describe('metricKeyOf', () => {
  it('reads the key of a METRIC_KEY query (the default query type)', () => {
    expect(metricKeyOf(ME, keyQuery('builtin:host.cpu.usage', 'METRIC_KEY'))).toBe('builtin:host.cpu.usage');
    expect(metricKeyOf(ME, keyQuery('builtin:host.cpu.usage'))).toBe('builtin:host.cpu.usage');
  });

  it('reads nothing of selector queries, other schemas or odd values', () => {
    expect(metricKeyOf(ME, { queryDefinition: { type: 'METRIC_SELECTOR', metricKey: 'x', metricSelector: 'x' } })).toBeUndefined();
    expect(metricKeyOf('builtin:alerting.profile', keyQuery('x'))).toBeUndefined();
    expect(metricKeyOf(ME, keyQuery(42))).toBeUndefined();
    expect(metricKeyOf(ME, null)).toBeUndefined();
  });
});

describe('thresholdMetricKeyOf', () => {
  it.each([
    ['builtin:service.response.time:avg', 'builtin:service.response.time'],
    ['builtin:service.response.time:percentile(90)', 'builtin:service.response.time'],
    ['builtin:host.disk.usedPct:splitBy("dt.entity.host"):max', 'builtin:host.disk.usedPct'],
    ['builtin:host.cpu.usage', 'builtin:host.cpu.usage'],
  ])('finds the metric of %s', (selector, key) => {
    expect(thresholdMetricKeyOf(ME, selectorQuery(selector))).toBe(key);
  });

  it.each(['builtin:service.requestCount.total:count', 'builtin:host.cpu.usage:rate(1m)', '(builtin:a.b:avg)/(builtin:c.d:avg)', 'builtin:a.b,builtin:c.d', 'builtin:a.b:toUnit(MicroSecond,MilliSecond)', ''])(
    'claims no unit for %s, whose transformations may change it',
    (selector) => {
      expect(thresholdMetricKeyOf(ME, selectorQuery(selector))).toBeUndefined();
    },
  );

  it('uses the key of a METRIC_KEY query', () => {
    expect(thresholdMetricKeyOf(ME, keyQuery('builtin:host.cpu.usage'))).toBe('builtin:host.cpu.usage');
    expect(thresholdMetricKeyOf(ME, keyQuery(''))).toBeUndefined();
  });
});
