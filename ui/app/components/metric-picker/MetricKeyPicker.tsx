/**
 * The metric key of a metric event, picked from the metrics catalog instead of typed: a Strato
 * select whose filter searches the catalog (`list-metrics`, as the user) by key, name or
 * description; each option shows the metric's name, key and unit. A key the catalog does not know
 * stays visible as such (the guardrails refuse it with a did-you-mean). Self-contained: a form
 * renderer registers it for `queryDefinition.metricKey` (see index.ts).
 */
import { Select, SelectContent, SelectEmptyState, SelectFilter, SelectOption, SelectTrigger } from '@dynatrace/strato-components/forms';
import React, { useEffect, useMemo, useState } from 'react';
import type { MetricInfo } from '../../../../lib/contracts';
import { unitLabel } from '../../../../lib/metrics';
import { searchMetrics } from './metricCatalog';
import { useMetricInfo } from './useMetricInfo';

export interface MetricKeyPickerProps {
  value: string | undefined;
  onChange: (metricKey: string) => void;
  disabled?: boolean;
  /** an error message at the field (from the preview), shown by the select */
  error?: string;
  'aria-label'?: string;
}

const SEARCH_DELAY_MS = 250;

function optionText(m: MetricInfo): string {
  const unit = unitLabel(m.unit).symbol;
  return `${m.displayName ?? m.metricId} — ${m.metricId}${unit ? ` (${unit})` : ''}`;
}

export function MetricKeyPicker({ value, onChange, disabled = false, error, 'aria-label': ariaLabel = 'Metric key' }: MetricKeyPickerProps) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<MetricInfo[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const current = useMetricInfo(value || undefined);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const timer = window.setTimeout(() => {
      void searchMetrics(text.trim(), controller.signal).then((r) => {
        if (controller.signal.aborted) return;
        setLoading(false);
        if ('metrics' in r) {
          setResults(r.metrics);
          setProblem(undefined);
        } else setProblem(r.diagnostics[0]?.message ?? 'the metrics catalog could not be read');
      }, () => undefined);
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  // the chosen key is always an option, so the trigger shows it even when the search does not list it
  const options = useMemo(() => {
    if (!value || results.some((m) => m.metricId === value)) return results;
    const shown: MetricInfo = current ?? { metricId: value, displayName: null, description: null, unit: null, aggregationTypes: [], dimensions: [], entityTypes: [] };
    return [shown, ...results];
  }, [results, value, current]);

  const message = error ?? problem ?? (current === null && value ? `\`${value}\` is not in the metrics catalog` : undefined);
  return (
    <Select<string>
      aria-label={ariaLabel}
      value={value || null}
      onChange={(v: string | null) => v && onChange(v)}
      disabled={disabled}
      controlState={message ? { state: 'error', hint: message } : undefined}
    >
      <SelectFilter disableFiltering value={text} onChange={setText} />
      <SelectTrigger placeholder="Choose a metric" />
      <SelectContent loading={loading} width="content">
        {options.map((m) => <SelectOption key={m.metricId} value={m.metricId}>{optionText(m)}</SelectOption>)}
      </SelectContent>
      <SelectEmptyState>{problem ?? 'No metric matches the search.'}</SelectEmptyState>
    </Select>
  );
}
