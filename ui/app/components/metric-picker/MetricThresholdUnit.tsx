/**
 * The unit a metric event's static threshold is compared in: the unit of the metric the event
 * queries (its metric key, or the one metric of a unit-keeping selector; lib/alerting), as a
 * symbol and in words ("Compared in microseconds (µs), the unit of Response time."). Says so when
 * the unit cannot be known.
 */
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { METRIC_EVENTS, thresholdMetricKeyOf } from '../../../../lib/alerting';
import { unitLabel } from '../../../../lib/metrics';
import { useMetricInfo } from './useMetricInfo';

export function MetricThresholdUnit({ value }: { value: Record<string, unknown> }) {
  const key = thresholdMetricKeyOf(METRIC_EVENTS, value);
  const info = useMetricInfo(key);
  if (!key) return <Text textStyle="small">The unit is the one your metric selector answers in.</Text>;
  if (info === undefined) return <Text textStyle="small">Looking up the unit of {key}…</Text>;
  if (info === null) return <Text textStyle="small">The unit is unknown: {key} is not in the metrics catalog.</Text>;
  const unit = unitLabel(info.unit);
  const of = info.displayName ?? info.metricId;
  return (
    <Text textStyle="small" data-testid="threshold-unit">
      {unit.symbol ? `Compared in ${unit.name} (${unit.symbol}), the unit of ${of}.` : `A plain number, as ${of} is counted without a unit.`}
    </Text>
  );
}
