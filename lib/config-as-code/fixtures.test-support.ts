/**
 * The team and objects the config-as-code tests export, import and plan: the example value of
 * every schema (lib/settings-schemas/examples.ts) plus one notification of every other type, so
 * each Terraform notification resource is written at least once. Values are as the Settings API
 * lists them: secrets masked.
 */
import { maskSecrets, permissiveContext, validateSettingsValue } from '../settings-schemas';
import {
  EXAMPLE_ALERTING_PROFILE_ID, EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleAlertingProfile, exampleMaintenanceWindow,
  exampleMetricEvent, exampleProblemNotification, exampleSlo, exampleWebhookNotification,
} from '../settings-schemas/examples';
import type { AlertingSchemaId } from '../alerting/schema-ids';
import type { CurrentObject, ExportTeam, TeamObject } from './types';

export const TEAM: ExportTeam = {
  id: 'checkout',
  displayName: 'Checkout',
  zones: [{ name: EXAMPLE_ZONE_NAME, id: EXAMPLE_ZONE_ID }, { name: 'Checkout EU', id: '-4242424242' }],
  namingPrefix: 'team-checkout: ',
};

const common = { enabled: true, alertingProfile: EXAMPLE_ALERTING_PROFILE_ID };

/** One notification of each type the examples do not cover (secrets in clear: the tests mask them). */
export const otherNotifications: Record<string, Record<string, unknown>> = {
  SLACK: { ...common, type: 'SLACK', displayName: 'team-checkout: slack', slackNotification: { url: 'https://hooks.slack.com/services/T0/B0/slack-secret', channel: '#checkout', message: '{State} {ProblemTitle}' } },
  JIRA: { ...common, type: 'JIRA', displayName: 'team-checkout: jira', jiraNotification: { url: 'https://jira.example.com', username: 'bot', apiToken: 'jira-secret', projectKey: 'CHK', issueType: 'Bug', summary: 'Problem {ProblemID}', description: '{ProblemDetailsText}' } },
  ANSIBLETOWER: { ...common, type: 'ANSIBLETOWER', displayName: 'team-checkout: ansible', ansibleTowerNotification: { jobTemplateURL: 'https://ansible.example.com/#/templates/job_template/7', acceptAnyCertificate: false, username: 'awx', password: 'ansible-secret', customMessage: 'restart' } },
  OPS_GENIE: { ...common, type: 'OPS_GENIE', displayName: 'team-checkout: opsgenie', opsGenieNotification: { apiKey: 'opsgenie-secret', domain: 'api.eu.opsgenie.com', message: '{ProblemTitle}' } },
  PAGER_DUTY: { ...common, type: 'PAGER_DUTY', displayName: 'team-checkout: pagerduty', pagerDutyNotification: { account: 'checkout', serviceName: 'checkout-api', serviceApiKey: 'pagerduty-secret' } },
  VICTOROPS: { ...common, type: 'VICTOROPS', displayName: 'team-checkout: victorops', victorOpsNotification: { apiKey: 'victorops-secret', routingKey: 'checkout', message: '{ProblemTitle}' } },
  XMATTERS: { ...common, type: 'XMATTERS', displayName: 'team-checkout: xmatters', xMattersNotification: { url: 'https://xm.example.com/hook', acceptAnyCertificate: false, headers: [{ name: 'X-Key', secret: true, secretValue: 'xmatters-secret' }], payload: '{"id":"{ProblemID}"}' } },
  TRELLO: { ...common, type: 'TRELLO', displayName: 'team-checkout: trello', trelloNotification: { applicationKey: 'app-key', authorizationToken: 'trello-secret', boardId: 'b1', listId: 'l1', resolvedListId: 'l2', text: '{ProblemTitle}', description: '{ProblemDetailsMarkdown}' } },
  SERVICE_NOW: { ...common, type: 'SERVICE_NOW', displayName: 'team-checkout: servicenow', serviceNowNotification: { instanceName: 'checkout', username: 'sn', password: 'servicenow-secret', message: '{ProblemTitle}', sendIncidents: true, sendEvents: false } },
  OAUTH_WEBHOOK: {
    ...common, type: 'WEBHOOK', displayName: 'team-checkout: oauth webhook',
    webHookNotification: {
      url: 'https://hooks.example.com/oauth', acceptAnyCertificate: false, notifyEventMergesEnabled: true, notifyClosedProblems: false, headers: [],
      payload: '{\n  "state": "{State}",\n  "literal": "{{not a template}} ${not.hcl} %{nor this}"\n}',
      useOAuth2: true, oAuth2Credentials: { accessTokenUrl: 'https://auth.example.com/token', clientId: 'client', clientSecret: 'oauth-secret', scope: 'alerts' },
    },
  },
};

/** The secrets in clear above: none of them may ever appear in an exported file. */
export const CLEAR_SECRETS = ['slack-secret', 'jira-secret', 'ansible-secret', 'opsgenie-secret', 'pagerduty-secret', 'victorops-secret',
  'xmatters-secret', 'trello-secret', 'servicenow-secret', 'oauth-secret', 's3cr3t-token'];

const raw: Array<[AlertingSchemaId, string, Record<string, unknown>]> = [
  ['builtin:alerting.profile', EXAMPLE_ALERTING_PROFILE_ID, exampleAlertingProfile],
  ['builtin:problem.notifications', 'notification-email', exampleProblemNotification],
  ['builtin:problem.notifications', 'notification-webhook', exampleWebhookNotification],
  ...Object.entries(otherNotifications).map(([k, v]): [AlertingSchemaId, string, Record<string, unknown>] => ['builtin:problem.notifications', `notification-${k.toLowerCase()}`, v]),
  ['builtin:anomaly-detection.metric-events', 'metric-event-1', exampleMetricEvent],
  ['builtin:alerting.maintenance-window', 'maintenance-window-1', exampleMaintenanceWindow],
  ['builtin:monitoring.slo', 'slo-1', exampleSlo],
];

for (const [schemaId, , value] of raw) {
  const violations = validateSettingsValue(schemaId, value, permissiveContext());
  if (violations.length > 0) throw new Error(`fixture of ${schemaId} is invalid: ${JSON.stringify(violations)}`);
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The team's objects with secrets in clear (as an app function may see them) or masked (as listed). */
export function teamObjects(secrets: 'masked' | 'clear' = 'masked'): TeamObject[] {
  return raw.map(([schemaId, objectId, value]) => ({
    schemaId, objectId, value: (secrets === 'masked' ? maskSecrets(schemaId, clone(value)) : clone(value)) as Record<string, unknown>,
  }));
}

export function currentObjects(objects: TeamObject[] = teamObjects()): CurrentObject[] {
  return objects.map((o, i) => ({ ...clone(o), updateToken: `token-${i}` }));
}
