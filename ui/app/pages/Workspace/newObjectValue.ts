/**
 * The starting value of a new object: the schema's example value from lib/settings-schemas,
 * pointed at the team's first zone and named with the team's prefix, so a new object starts
 * inside the guardrails instead of outside them.
 */
import type { AlertingSchemaId, CallerTeam } from '../../../../lib/contracts';
import { quoteSelectorValue } from '../../../../lib/alerting';
import { exampleValues } from '../../../../lib/settings-schemas/examples';
import { setAt } from './valuePath';

type Value = Record<string, unknown>;

export function newObjectValue(schemaId: AlertingSchemaId, team: CallerTeam, profileId: string | undefined): Value {
  const zone = team.managementZones.find((z) => z.id !== null);
  const prefix = team.rules.naming?.kind === 'prefix' ? team.rules.naming.value : '';
  let v = structuredClone(exampleValues[schemaId] ?? {}) as Value;
  const zoneId = zone?.id ?? null;
  switch (schemaId) {
    case 'builtin:alerting.profile':
      v = setAt(setAt(v, 'name', `${prefix}new alerting profile`), 'managementZone', zoneId);
      break;
    case 'builtin:problem.notifications': {
      const domain = team.rules.notifications.emailDomains[0] ?? 'example.com';
      v = setAt(v, 'displayName', `${prefix}new e-mail notification`);
      v = setAt(v, 'alertingProfile', profileId ?? '');
      v = setAt(v, 'emailNotification.recipients', [`oncall@${domain}`]);
      v = setAt(v, 'emailNotification.ccRecipients', []);
      break;
    }
    case 'builtin:anomaly-detection.metric-events':
      v = setAt(v, 'summary', `${prefix}new metric event`);
      v = setAt(v, 'queryDefinition.managementZone', zoneId);
      v = setAt(v, 'queryDefinition.entityFilter.conditions', zoneId ? [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: zoneId }] : []);
      break;
    case 'builtin:alerting.maintenance-window':
      v = setAt(v, 'generalProperties.name', `${prefix}new maintenance window`);
      v = setAt(v, 'filters.0.managementZones', zoneId ? [zoneId] : []);
      break;
    case 'builtin:monitoring.slo':
      v = setAt(v, 'name', `${prefix}new SLO`);
      // metric names are unique per environment and cannot change later
      v = setAt(v, 'metricName', `${team.id.replace(/-/g, '_')}_slo_${Date.now().toString(36)}`);
      v = setAt(v, 'filter', zone ? `type("SERVICE"),mzName(${quoteSelectorValue(zone.name)})` : 'type("SERVICE")');
      break;
  }
  return v;
}
