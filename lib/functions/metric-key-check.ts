/**
 * The metric-key check of a metric event's preview, create and update: a `METRIC_KEY` query must
 * name a metric of the catalog, or the event would never fire (the Settings API itself accepts any
 * key). The catalog is read as the caller through the metrics port.
 *
 * - a malformed key is refused without asking the catalog (`guardrail/metric/invalid-key`);
 * - an unknown key is refused with the catalog's nearest keys as "did you mean"
 *   (`guardrail/metric/unknown-key`) — a warning only when an update keeps a key the object
 *   already had (the metric may have gone since; blocking would make an unrelated edit impossible);
 * - when the catalog cannot answer (the caller lacks `environment:roles:viewer`, the API is
 *   down) the write is **not** blocked: a warning says the key was not checked
 *   (`guardrail/metric/unverified`). The key decides no one's access (zones and IAM do, and are
 *   checked fail-closed); blocking would make every metric event uneditable whenever the metrics
 *   API is unavailable to the caller.
 */
import { metricKeyOf } from '../alerting/metric-event-query';
import { diagnostic, type DiagnosticCode } from '../codes';
import type { Finding } from '../contracts/common';
import { isMetricKey, lastSegmentOf, nearbySelectors, suggestMetricKeys } from '../metrics/index';
import { PortError, type MetricsPort } from './ports';

const PATH = 'queryDefinition/metricKey';
const CANDIDATE_PAGE = 500;

function finding(severity: 'error' | 'warning', code: DiagnosticCode, message: string, help: string, suggestions?: string[]): Finding {
  const d = diagnostic(code, message, { help, severity, location: { path: PATH }, ...(suggestions?.length ? { suggestions } : {}) });
  return { ...d, rule: 'metric', mode: severity === 'error' ? 'enforce' : 'warn' };
}

/** The catalog's keys near `key`: its metric families and a text search for its last segment. */
async function nearbyKeys(metrics: MetricsPort, key: string): Promise<string[]> {
  const keys: string[] = [];
  const selectors = nearbySelectors(key);
  if (selectors.length > 0) keys.push(...(await metrics.search({ metricSelector: selectors.join(','), pageSize: CANDIDATE_PAGE })).metrics.map((m) => m.metricId));
  const word = lastSegmentOf(key);
  if (word.length >= 3) keys.push(...(await metrics.search({ text: word, pageSize: CANDIDATE_PAGE })).metrics.map((m) => m.metricId));
  return keys;
}

function unverified(e: unknown): Finding[] {
  const forbidden = e instanceof PortError && e.status === 'forbidden';
  return [finding('warning', 'guardrail/metric/unverified', 'the metric key could not be checked against the metrics catalog',
    forbidden
      ? 'your permissions do not allow reading the metrics catalog (`environment:roles:viewer`); ask your Dynatrace admin, or check the key yourself'
      : 'the metrics API did not answer; the key is checked again when you save')];
}

/** Findings about the metric key of `after` (none for other schemas and selector queries). */
export async function metricKeyFindings(metrics: MetricsPort, schemaId: string, after: unknown, before?: unknown): Promise<Finding[]> {
  const key = metricKeyOf(schemaId, after);
  if (key === undefined || key === '') return [];
  const kept = before !== undefined && metricKeyOf(schemaId, before) === key;
  const severity = kept ? 'warning' : 'error';
  if (!isMetricKey(key)) {
    return [finding(severity, 'guardrail/metric/invalid-key', `\`${key}\` is not a metric key`, 'a metric key looks like `builtin:service.response.time`: pick one from the metric picker')];
  }
  try {
    if (await metrics.describe(key)) return [];
    const suggestions = suggestMetricKeys(key, await nearbyKeys(metrics, key));
    const help = suggestions.length > 0
      ? `did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?`
      : 'pick a metric from the metric picker, or use a metric selector query for a computed metric';
    return [finding(severity, 'guardrail/metric/unknown-key', `metric \`${key}\` does not exist`, help, suggestions)];
  } catch (e) {
    return unverified(e);
  }
}
