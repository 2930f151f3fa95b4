/**
 * UI-facing catalog of the five alerting schemas and the fields the app controls.
 *
 * `forcedFields`: fields the app fills or forces on write so an object stays inside the team's
 * scope and conventions. `zone` fields are set from the team's management zone(s) when the user
 * leaves them empty and must name only team zones; `reference` fields must point at an object the
 * team owns. The guardrails enforce these; the UI uses them to lock or pre-fill inputs.
 */
import {
  ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO, type AlertingSchemaId,
} from './schema-ids';

export interface SchemaCatalogEntry {
  schemaId: AlertingSchemaId;
  displayName: string;
  singular: string;
  plural: string;
  /** Value path of the name (see `namePathOf`). */
  namePath: string;
  /** How this schema ties an object to a management zone, for help texts. */
  zoneField: string;
}

export const schemaCatalog: readonly SchemaCatalogEntry[] = [
  { schemaId: ALERTING_PROFILE, displayName: 'Problem alerting profiles', singular: 'alerting profile', plural: 'alerting profiles',
    namePath: 'name', zoneField: '`managementZone`: the numeric id of one management zone' },
  { schemaId: PROBLEM_NOTIFICATIONS, displayName: 'Problem notifications', singular: 'problem notification', plural: 'problem notifications',
    namePath: 'displayName', zoneField: 'none of its own: owned through its `alertingProfile`' },
  { schemaId: METRIC_EVENTS, displayName: 'Metric events', singular: 'metric event', plural: 'metric events',
    namePath: 'summary', zoneField: '`queryDefinition.managementZone` (plus MANAGEMENT_ZONE entity-filter conditions)' },
  { schemaId: MAINTENANCE_WINDOW, displayName: 'Maintenance windows', singular: 'maintenance window', plural: 'maintenance windows',
    namePath: 'generalProperties/name', zoneField: '`filters[].managementZones`: every filter needs at least one zone' },
  { schemaId: SLO, displayName: 'Service-level objectives', singular: 'SLO', plural: 'SLOs',
    namePath: 'name', zoneField: '`mzId(…)` / `mzName("…")` in the `filter` entity selector' },
];

export interface ForcedField {
  /** Value path; `[]` marks every element of a collection. */
  path: string;
  kind: 'zone' | 'zone-selector' | 'reference';
  note: string;
}

export const forcedFields: Readonly<Record<AlertingSchemaId, readonly ForcedField[]>> = {
  [ALERTING_PROFILE]: [{ path: 'managementZone', kind: 'zone', note: 'set to the team zone when empty; must be a team zone' }],
  [PROBLEM_NOTIFICATIONS]: [{ path: 'alertingProfile', kind: 'reference', note: "must be one of the team's alerting profiles" }],
  [METRIC_EVENTS]: [{ path: 'queryDefinition/managementZone', kind: 'zone', note: 'set to the team zone when empty; must be a team zone' }],
  [MAINTENANCE_WINDOW]: [{ path: 'filters/[]/managementZones', kind: 'zone', note: 'each filter gets the team zone when it has none' }],
  [SLO]: [{ path: 'filter', kind: 'zone-selector', note: 'must contain mzId/mzName of a team zone at top level; appended when missing' }],
};

export function catalogEntry(schemaId: string): SchemaCatalogEntry | undefined {
  return schemaCatalog.find((e) => e.schemaId === schemaId);
}
