/**
 * Facade of `lib/alerting`: knowledge about the five alerting schemas — which management zones an
 * object touches and where a zone is put, how it is named and summarised, where its notifications
 * go, and which fields the app controls.
 */
export * from './schema-ids';
export { scanEntitySelector, quoteSelectorValue, type SelectorZones } from './entity-selector';
export { managementZoneIdsOf, alertingProfileOf, type ZoneScope, type ZoneRef } from './management-zones';
export { summaryOf, displayNameOf, namePathOf } from './naming';
export {
  notificationTargetsOf, hostOf, NOTIFICATION_TARGET_PROPERTY, NOTIFICATION_TYPES, NOTIFICATION_TYPE_LABELS,
  type NotificationTarget, type NotificationTargetKind, type NotificationTargets,
} from './notification-targets';
export { schemaCatalog, forcedFields, catalogEntry, type SchemaCatalogEntry, type ForcedField } from './catalog';
export { ZONE_FIELDS, moveToZone, placeInZone, withSelectorZone, type ZoneField, type ZonePlacement } from './zone-placement';
export { upcomingSchedules, type UpcomingSchedules } from './maintenance-schedule';
export { METRIC_KEY_FIELD, THRESHOLD_FIELD, metricKeyOf, thresholdMetricKeyOf } from './metric-event-query';
export { SETTINGS_APP_ID, settingsAppLink } from './settings-link';
