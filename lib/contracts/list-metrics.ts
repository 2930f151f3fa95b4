/**
 * Contract of `list-metrics`: the metrics catalog as the caller may read it, for the metric key
 * picker of a metric event — one metric by its exact key, or a page of metrics whose key, name or
 * description contains a text. The keys the guardrails accept are the ones this lists.
 */
import * as z from '../zod';
import { METRIC_KEY_MAX_LENGTH, isMetricKey } from '../metrics/metric-key';
import { pageKeySchema, refusingIllFormedText, resultSchema } from './common-refs';

export const LIST_METRICS_PAGE_SIZE = 50;

export const metricKeySchema = z
  .string()
  .min(1)
  .max(METRIC_KEY_MAX_LENGTH)
  .refine(isMetricKey, { message: 'must be a metric key (letters, digits, `_`, `-` and `.`, optionally after a namespace such as `builtin:`)' });

export const listMetricsRequestSchema = refusingIllFormedText(z.preprocess(
  (p) => (p === undefined || p === null ? {} : p),
  z.union([
    z.strictObject({ metricKey: metricKeySchema }),
    z.strictObject({ text: z.string().max(200).optional() }),
    z.strictObject({ pageKey: pageKeySchema }),
  ]),
));
export type ListMetricsRequest = z.infer<typeof listMetricsRequestSchema>;

export const metricInfoSchema = z.object({
  metricId: z.string(),
  displayName: z.string().nullable(),
  description: z.string().nullable(),
  /** the unit as the metrics API names it (`MicroSecond`); lib/metrics `unitLabel` reads it */
  unit: z.string().nullable(),
  aggregationTypes: z.array(z.string()),
  dimensions: z.array(z.object({ key: z.string(), displayName: z.string() })),
  entityTypes: z.array(z.string()),
});
export type MetricInfo = z.infer<typeof metricInfoSchema>;

export const listMetricsResponseSchema = resultSchema({
  metrics: z.array(metricInfoSchema),
  /** the catalog's estimate of all matches (more than `metrics` when there are further pages) */
  totalCount: z.number(),
  nextPageKey: z.string().optional(),
});
export type ListMetricsResponse = z.infer<typeof listMetricsResponseSchema>;

/** `list-metrics`: what it accepts and what it answers. */
export const listMetricsContract = { request: listMetricsRequestSchema, response: listMetricsResponseSchema };
