/**
 * The time range of a history request: what the user may ask for (at most one year, the span the
 * Settings history completes an open range with), the default (the last 30 days), and the presets
 * the review offers. The function always sends an explicit range, because Dynatrace answers only
 * the last two weeks when none is given (facts §7).
 */
import { diagnostic, type AppDiagnostic } from '../codes';

const DAY = 24 * 60 * 60_000;
export const DEFAULT_HISTORY_DAYS = 30;
export const MAX_HISTORY_DAYS = 365;

export type HistoryPreset = '30d' | '90d' | '1y';
export const HISTORY_PRESETS: ReadonlyArray<{ id: HistoryPreset; label: string; days: number }> = [
  { id: '30d', label: 'Last 30 days', days: 30 },
  { id: '90d', label: 'Last 90 days', days: 90 },
  { id: '1y', label: 'Last year', days: MAX_HISTORY_DAYS },
];

export interface TimeRange {
  /** ms since the epoch, inclusive */
  from: number;
  to: number;
}

/** The range a preset stands for at `now`, as the ISO strings a request carries. */
export function presetRange(preset: HistoryPreset, now: number): { from: string; to: string } {
  const days = HISTORY_PRESETS.find((p) => p.id === preset)?.days ?? DEFAULT_HISTORY_DAYS;
  return { from: new Date(now - days * DAY).toISOString(), to: new Date(now).toISOString() };
}

/**
 * The range a request asks for (`to` defaults to now, `from` to `to` − 30 days), or why it is
 * refused, at the path of the field to change. Inputs are ISO 8601 strings the contract checked.
 */
export function requestedRange(req: { from?: string; to?: string }, now: number): TimeRange | AppDiagnostic {
  const to = req.to === undefined ? now : Date.parse(req.to);
  const from = req.from === undefined ? to - DEFAULT_HISTORY_DAYS * DAY : Date.parse(req.from);
  if (Number.isNaN(from) || Number.isNaN(to)) return diagnostic('request/invalid-range', 'the range must be two ISO 8601 date-times', { location: { path: Number.isNaN(from) ? 'from' : 'to' } });
  if (from >= to) {
    return diagnostic('request/invalid-range', 'the start of the range must lie before its end', { location: { path: 'from' }, help: 'choose a start before the end' });
  }
  if (to - from > MAX_HISTORY_DAYS * DAY) {
    return diagnostic('request/range-too-long', `the range spans more than ${MAX_HISTORY_DAYS} days`, { location: { path: 'from' }, help: 'choose at most one year' });
  }
  return { from, to };
}
