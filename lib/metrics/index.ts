/**
 * Metric keys of metric events: which keys are well-formed, where to look for the metrics near an
 * unknown one, which of them to suggest, and how a metric's unit reads. Pure; the catalog itself
 * is read by the functions through the metrics port.
 */
export { METRIC_KEY_MAX_LENGTH, isMetricKey, lastSegmentOf, namespaceOf, nearbySelectors } from './metric-key';
export { suggestMetricKeys } from './suggest';
export { unitLabel, type UnitLabel } from './units';
