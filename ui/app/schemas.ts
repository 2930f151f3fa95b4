/**
 * How the UI names and routes the five alerting schemas (labels, URL slugs). Presentation only:
 * what a schema means (scope, summaries, rules) lives in lib/.
 */
// the constants module, not lib/contracts: `ui/earlyStart` maps URLs to schemas before the contracts are evaluated
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId } from '../../lib/alerting/schema-ids';

export interface SchemaPage {
  schemaId: AlertingSchemaId;
  slug: string;
  /** plural, for navigation and headings */
  title: string;
  /** singular, for buttons and dialogs */
  noun: string;
}

export const SCHEMA_PAGES: readonly SchemaPage[] = [
  { schemaId: 'builtin:alerting.profile', slug: 'alerting-profiles', title: 'Alerting profiles', noun: 'alerting profile' },
  { schemaId: 'builtin:problem.notifications', slug: 'problem-notifications', title: 'Problem notifications', noun: 'problem notification' },
  { schemaId: 'builtin:anomaly-detection.metric-events', slug: 'metric-events', title: 'Metric events', noun: 'metric event' },
  { schemaId: 'builtin:alerting.maintenance-window', slug: 'maintenance-windows', title: 'Maintenance windows', noun: 'maintenance window' },
  { schemaId: 'builtin:monitoring.slo', slug: 'slos', title: 'SLOs', noun: 'SLO' },
];

// every contract schema must have a page; fails at load time if a sixth schema is added without one
if (SCHEMA_PAGES.length !== ALERTING_SCHEMA_IDS.length) throw new Error('SCHEMA_PAGES is out of sync with ALERTING_SCHEMA_IDS');

export function schemaPageBySlug(slug: string | undefined): SchemaPage | undefined {
  return SCHEMA_PAGES.find((p) => p.slug === slug);
}

export function schemaPageById(schemaId: string): SchemaPage | undefined {
  return SCHEMA_PAGES.find((p) => p.schemaId === schemaId);
}
