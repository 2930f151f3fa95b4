/**
 * Realistic value builders for the five alerting schemas and management zones, shaped after
 * the real schemas (facts §1.3–§1.7). Used by the demo seed and `/_local/seed-bulk`.
 */
import type { Json } from '../model/types';

type JsonObject = { [key: string]: Json };

export function managementZoneValue(name: string): JsonObject {
  return { name, description: `Management zone ${name}`, rules: [] };
}

export function alertingProfileValue(name: string, mzId: string | undefined): JsonObject {
  return {
    name,
    ...(mzId ? { managementZone: mzId } : {}),
    severityRules: [
      { severityLevel: 'AVAILABILITY', delayInMinutes: 0, tagFilterIncludeMode: 'NONE' },
      { severityLevel: 'ERRORS', delayInMinutes: 0, tagFilterIncludeMode: 'NONE' },
      { severityLevel: 'PERFORMANCE', delayInMinutes: 10, tagFilterIncludeMode: 'NONE' },
    ],
    eventFilters: [],
  };
}

export type NotificationKind = 'EMAIL' | 'SLACK' | 'WEBHOOK';

export function notificationValue(kind: NotificationKind, displayName: string, alertingProfile: string, target: string): JsonObject {
  const base = { enabled: true, displayName, type: kind, alertingProfile };
  if (kind === 'EMAIL') {
    return {
      ...base,
      emailNotification: {
        recipients: [target],
        ccRecipients: [],
        bccRecipients: [],
        subject: '{State} Problem {ProblemID}: {ImpactedEntity}',
        body: '{ProblemDetailsHTML}',
        notifyClosedProblems: true,
      },
    };
  }
  if (kind === 'SLACK') {
    return {
      ...base,
      slackNotification: {
        url: 'https://hooks.slack.com/services/T0LOCAL00/B0LOCAL00/xoxLocalDemoSecret',
        channel: target,
        message: '{State} Problem {ProblemID}: {ImpactedEntity}',
      },
    };
  }
  return {
    ...base,
    webHookNotification: {
      url: target,
      urlContainsSecret: false,
      acceptAnyCertificate: false,
      notifyEventMergesEnabled: false,
      notifyClosedProblems: true,
      headers: [],
      payload: '{\n"State":"{State}",\n"ProblemID":"{ProblemID}",\n"ProblemTitle":"{ProblemTitle}"\n}',
    },
  };
}

export function metricEventValue(summary: string, mzId: string | undefined, metricSelector: string, threshold: number): JsonObject {
  return {
    enabled: true,
    summary,
    queryDefinition: { type: 'METRIC_SELECTOR', metricSelector, ...(mzId ? { managementZone: mzId } : {}) },
    modelProperties: {
      type: 'STATIC_THRESHOLD',
      threshold,
      alertOnNoData: false,
      alertCondition: 'ABOVE',
      violatingSamples: 3,
      samples: 5,
      dealertingSamples: 5,
    },
    eventTemplate: {
      title: summary,
      description: 'The {metricname} value was {alert_condition} normal behavior.',
      eventType: 'CUSTOM_ALERT',
      davisMerge: true,
      metadata: [],
    },
    eventEntityDimensionKey: 'dt.entity.service',
  };
}

export function maintenanceWindowValue(name: string, mzIds: string[], dayOfWeek = 'FRIDAY'): JsonObject {
  return {
    enabled: true,
    generalProperties: {
      name,
      description: `${name} (planned)`,
      maintenanceType: 'PLANNED',
      suppression: 'DETECT_PROBLEMS_DONT_ALERT',
      disableSyntheticMonitorExecution: false,
    },
    schedule: {
      scheduleType: 'WEEKLY',
      weeklyRecurrence: {
        dayOfWeek,
        recurrenceRange: { scheduleStartDate: '2025-01-01', scheduleEndDate: '2026-12-31' },
        timeWindow: { startTime: '18:00:00', endTime: '20:00:00', timeZone: 'Europe/Vienna' },
      },
    },
    filters: mzIds.length ? [{ managementZones: mzIds, entityTags: [] }] : [],
  };
}

export function sloValue(name: string, metricName: string, mzNames: string[], targetSuccess = 99.5): JsonObject {
  const selector = ['type("SERVICE")', ...mzNames.map((n) => `mzName("${n}")`)].join(',');
  return {
    enabled: true,
    name,
    customDescription: `${name} of the services in ${mzNames.join(', ') || 'the environment'}`,
    metricName,
    metricExpression: '(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())',
    evaluationType: 'AGGREGATE',
    filter: mzNames.length ? selector : '',
    evaluationWindow: '-1w',
    targetSuccess,
    targetWarning: Math.min(100, targetSuccess + 0.3),
    errorBudgetBurnRate: { burnRateVisualizationEnabled: true, fastBurnThreshold: 10 },
  };
}
