/**
 * Widgets for a metric event's form: `MetricKeyPicker` for `queryDefinition.metricKey`
 * (`METRIC_KEY_FIELD`) and `MetricThresholdUnit` beside `modelProperties.threshold`
 * (`THRESHOLD_FIELD`), for a form renderer's widget registry.
 */
export { MetricKeyPicker, type MetricKeyPickerProps } from './MetricKeyPicker';
export { MetricThresholdUnit } from './MetricThresholdUnit';
export { METRIC_KEY_FIELD, THRESHOLD_FIELD } from '../../../../lib/alerting';
