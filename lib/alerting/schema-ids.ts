/** The schema ids this app manages, as constants (no dependency on the schema definitions). */
export const ALERTING_PROFILE = 'builtin:alerting.profile';
export const PROBLEM_NOTIFICATIONS = 'builtin:problem.notifications';
export const METRIC_EVENTS = 'builtin:anomaly-detection.metric-events';
export const MAINTENANCE_WINDOW = 'builtin:alerting.maintenance-window';
export const SLO = 'builtin:monitoring.slo';
export const MANAGEMENT_ZONES = 'builtin:management-zones';

/**
 * The IAM statement that lets a user read the management-zone table (no zone condition: seed 002,
 * it does not apply to that schema). The calculator writes it into every role's policy; the app
 * names it when the table reads as empty, which is how an unreadable list answers (facts §7).
 */
export const ZONE_TABLE_READ_STATEMENT = `ALLOW settings:objects:read WHERE settings:schemaId = "${MANAGEMENT_ZONES}";`;

export const ALERTING_SCHEMA_IDS = [ALERTING_PROFILE, PROBLEM_NOTIFICATIONS, METRIC_EVENTS, MAINTENANCE_WINDOW, SLO] as const;
export type AlertingSchemaId = (typeof ALERTING_SCHEMA_IDS)[number];

export function isAlertingSchemaId(id: unknown): id is AlertingSchemaId {
  return typeof id === 'string' && (ALERTING_SCHEMA_IDS as readonly string[]).includes(id);
}

/** Safe property access on untyped JSON values. */
export function field(value: unknown, ...path: string[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
