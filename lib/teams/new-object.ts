/**
 * The starting value of a team's new object: the schema's example value from lib/settings-schemas,
 * named with the team's prefix, mailing the team's e-mail domain and placed in the team's first
 * zone (where each schema keeps it: lib/alerting), so a new object starts inside the guardrails
 * instead of outside them.
 */
import { namePathOf } from '../alerting/naming';
import { PROBLEM_NOTIFICATIONS, SLO, type AlertingSchemaId } from '../alerting/schema-ids';
import { placeInZone } from '../alerting/zone-placement';
import { exampleValues } from '../settings-schemas/examples';
import { normalizePath, setAt } from '../values/value-path';

/** What of a team the template uses (the `get-context` team has this shape). */
export interface NewObjectTeam {
  id: string;
  /** the team's zones; `id` null when no zone of that name exists */
  managementZones: ReadonlyArray<{ name: string; id: string | null }>;
  rules: {
    naming?: { kind: string; value: string };
    notifications: { emailDomains: readonly string[] };
  };
}

export interface NewObjectOptions {
  /** for a problem notification: the team's alerting profile it starts with */
  alertingProfileId?: string;
  /** the time of creation (ms since the epoch): it makes an SLO's metric name unique */
  now: number;
}

const NEW_OBJECT_NAMES: Readonly<Record<AlertingSchemaId, string>> = {
  'builtin:alerting.profile': 'new alerting profile',
  'builtin:problem.notifications': 'new e-mail notification',
  'builtin:anomaly-detection.metric-events': 'new metric event',
  'builtin:alerting.maintenance-window': 'new maintenance window',
  'builtin:monitoring.slo': 'new SLO',
};

type Value = Record<string, unknown>;

export function newObjectValue(schemaId: AlertingSchemaId, team: NewObjectTeam, options: NewObjectOptions): Value {
  // the first zone that exists: a zone the tenant does not know cannot hold an object
  const first = team.managementZones.find((z) => z.id !== null);
  const zone = first && first.id !== null ? { id: first.id, name: first.name } : undefined;
  // a pattern rule gives no text to start a name with
  const prefix = team.rules.naming?.kind === 'prefix' ? team.rules.naming.value : '';
  let value = JSON.parse(JSON.stringify(exampleValues[schemaId] ?? {})) as Value;
  value = setAt(value, normalizePath(namePathOf(schemaId)), `${prefix}${NEW_OBJECT_NAMES[schemaId]}`);
  if (schemaId === PROBLEM_NOTIFICATIONS) {
    const domain = team.rules.notifications.emailDomains[0] ?? 'example.com';
    value = setAt(value, 'emailNotification.recipients', [`oncall@${domain}`]);
    value = setAt(value, 'emailNotification.ccRecipients', []);
  }
  if (schemaId === SLO) {
    // metric names are unique per environment and cannot change later
    value = setAt(value, 'metricName', `${team.id.replace(/-/g, '_')}_slo_${options.now.toString(36)}`);
  }
  return placeInZone(schemaId, value, { zone, alertingProfileId: options.alertingProfileId });
}
