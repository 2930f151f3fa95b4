/**
 * Facade of `lib/alerting`: knowledge about the five alerting schemas — which management zones an
 * object touches, how it is named and summarised, where its notifications go, and which fields
 * the app controls.
 */
export * from './schema-ids';
export { scanEntitySelector, quoteSelectorValue, type SelectorZones } from './entity-selector';
export { managementZoneIdsOf, alertingProfileOf, type ZoneScope } from './management-zones';
