/** The project's definition of `builtin:alerting.maintenance-window` (v2.15), from facts §1.6. */
import {
  bool, enumOf, enumRef, eq, integer, item, len, notBlank, objectType, pattern, primitive, range,
  ref, setOf, text, typeRef, validator,
} from '../builders';
import { MSG_MW_FILTER_CONTAINER, MSG_MW_PERMISSION_FILTER, MSG_MW_PERMISSION_TOP } from '../messages';
import { ENTITY_ID, ENTITY_ID_MESSAGE } from '../patterns';
import type { SchemaDefinition } from '../types';

const recurrence = (name: string, extra: Record<string, ReturnType<typeof integer>> = {}) => objectType(name, {
  ...extra,
  timeWindow: ref(typeRef('TimeWindow'), 'Time window'),
  recurrenceRange: ref(typeRef('RecurrenceRange'), 'Recurrence range'),
});

export const maintenanceWindowSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:alerting.maintenance-window',
  version: '2.15',
  displayName: 'Maintenance windows',
  description: 'Planned or unplanned periods during which problem detection and alerting are suppressed. No filter = the whole environment; filters are OR-ed.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 2000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:maintenance'],
  properties: {
    enabled: bool('Enabled', { default: true }),
    generalProperties: ref(typeRef('GeneralProperties'), 'Properties'),
    schedule: ref(typeRef('Schedule'), 'Schedule'),
    filters: setOf(item(typeRef('Filter')), 'Filters', { max: 1000 }),
  },
  types: {
    GeneralProperties: objectType('GeneralProperties', {
      name: text('Name', { default: '', constraints: [notBlank, len(1, 1000)] }),
      description: text('Description', { nullable: true, subType: 'multiline', constraints: [len(1, 10000)] }),
      maintenanceType: ref(enumRef('MaintenanceType'), 'Maintenance type', { default: 'PLANNED' }),
      suppression: ref(enumRef('SuppressionType'), 'Problem detection and alerting', { default: 'DETECT_PROBLEMS_AND_ALERT' }),
      disableSyntheticMonitorExecution: bool('Disable synthetic monitor execution', { default: false }),
    }),
    Schedule: objectType('Schedule', {
      scheduleType: ref(enumRef('ScheduleType'), 'Recurrence', { default: 'ONCE' }),
      onceRecurrence: ref(typeRef('OnceRecurrence'), 'Once', { precondition: eq('scheduleType', 'ONCE') }),
      dailyRecurrence: ref(typeRef('DailyRecurrence'), 'Daily', { precondition: eq('scheduleType', 'DAILY') }),
      weeklyRecurrence: ref(typeRef('WeeklyRecurrence'), 'Weekly', { precondition: eq('scheduleType', 'WEEKLY') }),
      monthlyRecurrence: ref(typeRef('MonthlyRecurrence'), 'Monthly', { precondition: eq('scheduleType', 'MONTHLY') }),
    }),
    OnceRecurrence: objectType('OnceRecurrence', {
      startTime: primitive('local_date_time', 'Start time', {
        default: '1970-01-01T00:00:00', constraints: [validator('maintenance-window-date-time-validator')],
      }),
      endTime: primitive('local_date_time', 'End time', {
        default: '1970-01-01T00:00:00', constraints: [validator('maintenance-window-date-time-validator')],
      }),
      timeZone: primitive('time_zone', 'Time zone', { default: 'UTC' }),
    }, [{ type: 'LESS_THAN', properties: ['startTime', 'endTime'] }]),
    DailyRecurrence: recurrence('DailyRecurrence'),
    WeeklyRecurrence: recurrence('WeeklyRecurrence', {
      dayOfWeek: ref(enumRef('DayOfWeekType'), 'Day of week', { default: 'MONDAY' }),
    }),
    MonthlyRecurrence: recurrence('MonthlyRecurrence', {
      dayOfMonth: integer('Day of month', { default: 1, constraints: [range(1, 31)] }),
    }),
    TimeWindow: objectType('TimeWindow', {
      startTime: primitive('local_time', 'Start time', { default: '12:00:00' }),
      endTime: primitive('local_time', 'End time', { default: '13:00:00' }),
      timeZone: primitive('time_zone', 'Time zone', { default: 'UTC' }),
    }),
    RecurrenceRange: objectType('RecurrenceRange', {
      scheduleStartDate: primitive('local_date', 'Start date', {
        default: '1970-01-01', constraints: [validator('maintenance-window-date-validator')],
      }),
      scheduleEndDate: primitive('local_date', 'End date', {
        default: '1970-01-01', constraints: [validator('maintenance-window-date-validator')],
      }),
    }, [{ type: 'LESS_THAN_OR_EQUAL', properties: ['scheduleStartDate', 'scheduleEndDate'] }]),
    Filter: objectType('Filter', {
      entityType: text('Entity type', { nullable: true, subType: 'datasource', constraints: [len(1)] }),
      entityId: text('Entity', {
        nullable: true, subType: 'me',
        constraints: [validator('maintenance-window-entity-id-validator'), pattern(ENTITY_ID, ENTITY_ID_MESSAGE), len(1, 500)],
      }),
      entityTags: setOf(item('text', { subType: 'tag', constraints: [validator('universal-tag-validator'), len(1, 500)] }),
        'Entity tags', { max: 1000 }),
      managementZones: setOf(item('setting', { referencedType: 'builtin:management-zones' }), 'Management zones', {
        max: 1000, description: 'Numeric ids of management zones; entities in all of them match.',
      }),
    }, [
      validator('maintenance-window-filter-container-validator', MSG_MW_FILTER_CONTAINER),
      validator('maintenance-window-permission-validator', MSG_MW_PERMISSION_FILTER),
    ]),
  },
  enums: {
    MaintenanceType: enumOf('MaintenanceType', [['PLANNED', 'Planned'], ['UNPLANNED', 'Unplanned']]),
    SuppressionType: enumOf('SuppressionType', [
      ['DETECT_PROBLEMS_AND_ALERT', 'Detect problems and alert'],
      ['DETECT_PROBLEMS_DONT_ALERT', "Detect problems but don't alert"],
      ['DONT_DETECT_PROBLEMS', "Disable problem detection during maintenance"],
    ]),
    ScheduleType: enumOf('ScheduleType', [['ONCE', 'Once'], ['DAILY', 'Daily'], ['WEEKLY', 'Weekly'], ['MONTHLY', 'Monthly']]),
    DayOfWeekType: enumOf('DayOfWeekType', [['MONDAY', 'Monday'], ['TUESDAY', 'Tuesday'], ['WEDNESDAY', 'Wednesday'],
      ['THURSDAY', 'Thursday'], ['FRIDAY', 'Friday'], ['SATURDAY', 'Saturday'], ['SUNDAY', 'Sunday']]),
  },
  constraints: [validator('maintenance-window-permission-validator', MSG_MW_PERMISSION_TOP)],
  schemaConstraints: [],
};
