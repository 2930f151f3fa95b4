/** All schema definitions this project knows, by schemaId. */
import type { SchemaDefinition } from '../types';
import { alertingProfileSchema } from './alerting-profile';
import { maintenanceWindowSchema } from './maintenance-window';
import { managementZonesSchema } from './management-zones';
import { metricEventsSchema } from './metric-events';
import { problemNotificationsSchema } from './problem-notifications';
import { sloSchema } from './slo';

export const schemaDefinitions: Record<string, SchemaDefinition> = Object.freeze({
  [alertingProfileSchema.schemaId]: alertingProfileSchema,
  [problemNotificationsSchema.schemaId]: problemNotificationsSchema,
  [metricEventsSchema.schemaId]: metricEventsSchema,
  [maintenanceWindowSchema.schemaId]: maintenanceWindowSchema,
  [sloSchema.schemaId]: sloSchema,
  [managementZonesSchema.schemaId]: managementZonesSchema,
}) as Record<string, SchemaDefinition>;

export {
  alertingProfileSchema, maintenanceWindowSchema, managementZonesSchema, metricEventsSchema,
  problemNotificationsSchema, sloSchema,
};
export { NOTIFICATION_PROPERTY_BY_TYPE } from './problem-notifications';
