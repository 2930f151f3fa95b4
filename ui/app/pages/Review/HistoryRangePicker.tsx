/**
 * Chooses the time range of the history: the last 30 days (default), 90 days, a year, or a custom
 * start and end. A preset's range is fixed when it is chosen (so the list does not reload on every
 * render); the function checks the range and its refusals come back at the field they concern.
 */
import { DateTimePicker, FormField, Label, Select, SelectContent, SelectOption, SelectTrigger } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import React from 'react';
import type { Diagnostic } from '../../../../lib/contracts';
import { HISTORY_PRESETS, presetRange, type HistoryPreset } from '../../../../lib/review/history-range';
import { earlyTimelineRange } from '../../hooks/inventoryPrefetch';

export interface RangeChoice {
  preset: HistoryPreset | 'custom';
  from: string;
  to: string;
}

/** The last 30 days; on a review opened by URL, the range of the timeline page started at startup (so the timeline takes it). */
export const initialRange = (): RangeChoice => ({ preset: '30d', ...(earlyTimelineRange() ?? presetRange('30d', Date.now())) });

const isoOf = (v: { absoluteDate: string } | string | null): string | undefined => {
  const raw = typeof v === 'string' ? v : v?.absoluteDate;
  const date = raw ? new Date(raw) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

interface Props {
  value: RangeChoice;
  onChange: (next: RangeChoice) => void;
  /** the function's refusal of the range, shown at `from` or `to` */
  problems: Diagnostic[];
}

export function HistoryRangePicker({ value, onChange, problems }: Props) {
  const at = (path: 'from' | 'to') => {
    const d = problems.find((p) => p.location?.path === path);
    return d ? { state: 'error' as const, hint: d.help ? `${d.message} — ${d.help}` : d.message } : undefined;
  };
  const choose = (preset: string | null) => {
    if (!preset || preset === value.preset) return;
    if (preset === 'custom') onChange({ ...value, preset: 'custom' });
    else onChange({ preset: preset as HistoryPreset, ...presetRange(preset as HistoryPreset, Date.now()) });
  };
  return (
    <Flex gap={12} alignItems="flex-end" flexWrap="wrap">
      <FormField>
        <Label>Time range</Label>
        <Select aria-label="Time range" value={value.preset} onChange={choose}>
          <SelectTrigger />
          <SelectContent>
            {HISTORY_PRESETS.map((p) => <SelectOption key={p.id} value={p.id}>{p.label}</SelectOption>)}
            <SelectOption value="custom">Custom range</SelectOption>
          </SelectContent>
        </Select>
      </FormField>
      {value.preset === 'custom' ? (
        <>
          <FormField>
            <Label>From</Label>
            <DateTimePicker aria-label="From" value={value.from} controlState={at('from')} onChange={(v) => { const from = isoOf(v); if (from) onChange({ ...value, from }); }} />
          </FormField>
          <FormField>
            <Label>To</Label>
            <DateTimePicker aria-label="To" value={value.to} controlState={at('to')} onChange={(v) => { const to = isoOf(v); if (to) onChange({ ...value, to }); }} />
          </FormField>
        </>
      ) : null}
    </Flex>
  );
}
