/**
 * Terraform mappings of `builtin:problem.notifications`: the provider has one resource per
 * notification type (`dynatrace/api/builtin/problem/notifications/<type>/settings/*.go`,
 * `docs/resources/<type>_notification.md` @ d469f3d3). All share `name` (displayName), `active`
 * (enabled) and `profile` (the alerting profile's id); the type's own settings sit at the top
 * level of the resource. A header's `secret` flag is expressed by writing `secret_value` instead
 * of `value` (the provider's `Header.UnmarshalHCL`).
 */
import { attr, block, drop, flatten, snake, wrapper, type ObjectSpec, type ResourceSpec } from './spec';

const headers = wrapper('headers', 'header', {
  name: attr('name'), value: attr('value'), secretValue: attr('secret_value'), secret: drop('given by `secret_value` being set'),
});

const TYPE_SPECS: Record<string, { resource: string; property: string; spec: ObjectSpec }> = {
  EMAIL: {
    resource: 'dynatrace_email_notification', property: 'emailNotification',
    spec: { recipients: attr('to'), ccRecipients: attr('cc'), bccRecipients: attr('bcc'), ...snake('subject', 'body', 'notifyClosedProblems') },
  },
  SLACK: { resource: 'dynatrace_slack_notification', property: 'slackNotification', spec: snake('url', 'channel', 'message') },
  JIRA: {
    resource: 'dynatrace_jira_notification', property: 'jiraNotification',
    spec: snake('url', 'username', 'apiToken', 'projectKey', 'issueType', 'summary', 'description'),
  },
  ANSIBLETOWER: {
    resource: 'dynatrace_ansible_tower_notification', property: 'ansibleTowerNotification',
    spec: { jobTemplateURL: attr('job_template_url'), acceptAnyCertificate: attr('insecure'), ...snake('username', 'password', 'customMessage') },
  },
  OPS_GENIE: { resource: 'dynatrace_ops_genie_notification', property: 'opsGenieNotification', spec: snake('apiKey', 'domain', 'message') },
  PAGER_DUTY: {
    resource: 'dynatrace_pager_duty_notification', property: 'pagerDutyNotification',
    spec: { account: attr('account'), serviceName: attr('service'), serviceApiKey: attr('api_key') },
  },
  VICTOROPS: { resource: 'dynatrace_victor_ops_notification', property: 'victorOpsNotification', spec: snake('apiKey', 'routingKey', 'message') },
  WEBHOOK: {
    resource: 'dynatrace_webhook_notification', property: 'webHookNotification',
    spec: {
      ...snake('url', 'payload', 'notifyClosedProblems', 'secretUrl', 'urlContainsSecret'),
      acceptAnyCertificate: attr('insecure'),
      notifyEventMergesEnabled: attr('notify_event_merges'),
      useOAuth2: attr('use_oauth_2'),
      oAuth2Credentials: block('oauth_2_credentials', snake('accessTokenUrl', 'authenticateViaRequestHeader', 'clientId', 'clientSecret', 'scope')),
      headers,
    },
  },
  XMATTERS: {
    resource: 'dynatrace_xmatters_notification', property: 'xMattersNotification',
    spec: { url: attr('url'), acceptAnyCertificate: attr('insecure'), headers, payload: attr('payload') },
  },
  TRELLO: {
    resource: 'dynatrace_trello_notification', property: 'trelloNotification',
    spec: snake('applicationKey', 'authorizationToken', 'boardId', 'listId', 'resolvedListId', 'text', 'description'),
  },
  SERVICE_NOW: {
    resource: 'dynatrace_service_now_notification', property: 'serviceNowNotification',
    spec: {
      instanceName: attr('instance'), sendIncidents: attr('incidents'), sendEvents: attr('events'),
      ...snake('url', 'username', 'password', 'message', 'formatProblemDetailsAsText'),
    },
  },
};

/** The resource of a notification of this `type`, or undefined for a type the provider has none for. */
export function notificationResource(type: unknown): ResourceSpec | undefined {
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(TYPE_SPECS, type)) return undefined;
  const t = TYPE_SPECS[type]!;
  const others = Object.fromEntries(Object.values(TYPE_SPECS).filter((o) => o !== t).map((o) => [o.property, drop('belongs to another notification type')]));
  return {
    type: t.resource,
    spec: {
      displayName: attr('name'), enabled: attr('active'), alertingProfile: attr('profile'),
      type: drop('given by the resource type'),
      [t.property]: flatten(t.spec),
      ...others,
    },
  };
}

export const NOTIFICATION_RESOURCE_TYPES = Object.values(TYPE_SPECS).map((t) => t.resource);
