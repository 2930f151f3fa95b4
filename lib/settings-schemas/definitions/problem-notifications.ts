/**
 * The project's definition of `builtin:problem.notifications` (v1.7.4), written from facts §1.4.
 * Exactly one `*Notification` sub-object is expected, selected by `type` (preconditions).
 */
import {
  bool, enumOf, enumRef, eq, isNull, item, len, notBlank, objectType, or, pattern, ref, secret,
  setOf, setting, text, typeRef, validator,
} from '../builders';
import { MSG_SECRET_RESUBMISSION } from '../messages';
import * as P from '../patterns';
import type { PropertyConstraint, SchemaDefinition } from '../types';

const httpUrl: PropertyConstraint[] = [pattern(P.URI, P.URI_MESSAGE), pattern(P.HTTP_URL, P.HTTP_URL_MESSAGE)];
const emails = (name: string, min: number) => setOf(
  item('text', { subType: 'email', constraints: [pattern(P.EMAIL, P.EMAIL_MESSAGE), len(1, 500)] }),
  name, { min, max: 100 },
);
const tpl = (name: string, def: string, max: number) =>
  text(name, { default: def, subType: 'datasource', constraints: [len(1, max)] });
const plain = (name: string, max = 1000) => text(name, { default: '', constraints: [len(1, max)] });
const secretText = (name: string, max = 1000) => secret(name, { default: '', constraints: [len(1, max)] });
const headers = () => setOf(item(typeRef('WebHookNotificationHeader')), 'Additional HTTP headers', { max: 100 });

const NOTIFICATION_PROPS: Array<[string, string, string]> = [
  ['emailNotification', 'EmailNotification', 'EMAIL'],
  ['slackNotification', 'SlackNotification', 'SLACK'],
  ['jiraNotification', 'JiraNotification', 'JIRA'],
  ['ansibleTowerNotification', 'AnsibleTowerNotification', 'ANSIBLETOWER'],
  ['opsGenieNotification', 'OpsGenieNotification', 'OPS_GENIE'],
  ['pagerDutyNotification', 'PagerDutyNotification', 'PAGER_DUTY'],
  ['victorOpsNotification', 'VictorOpsNotification', 'VICTOROPS'],
  ['webHookNotification', 'WebHookNotification', 'WEBHOOK'],
  ['xMattersNotification', 'XMattersNotification', 'XMATTERS'],
  ['trelloNotification', 'TrelloNotification', 'TRELLO'],
  ['serviceNowNotification', 'ServiceNowNotification', 'SERVICE_NOW'],
];
/** Notification type → the property holding its settings (used by lib/alerting too). */
export const NOTIFICATION_PROPERTY_BY_TYPE: Record<string, string> =
  Object.fromEntries(NOTIFICATION_PROPS.map(([prop, , type]) => [type, prop]));

const NOTIFICATION_TYPES: Array<[string, string]> = [
  ['EMAIL', 'Email'], ['SLACK', 'Slack'], ['JIRA', 'Jira'], ['ANSIBLETOWER', 'Ansible Tower'],
  ['OPS_GENIE', 'OpsGenie'], ['PAGER_DUTY', 'PagerDuty'], ['VICTOROPS', 'VictorOps'],
  ['WEBHOOK', 'Custom Webhook'], ['XMATTERS', 'xMatters'], ['TRELLO', 'Trello'], ['SERVICE_NOW', 'ServiceNow'],
];
const NOTIFICATION_LABELS: Record<string, string> = Object.fromEntries(NOTIFICATION_TYPES);

export const problemNotificationsSchema: SchemaDefinition = {
  dynatrace: '1',
  schemaId: 'builtin:problem.notifications',
  version: '1.7.4',
  displayName: 'Problem notifications',
  description: 'Send problem notifications to incident-management systems and team-collaboration channels, filtered by an alerting profile.',
  maturity: 'GENERAL_AVAILABILITY',
  multiObject: true,
  ordered: false,
  maxObjects: 1000,
  allowedScopes: ['environment'],
  schemaGroups: ['group:integration'],
  properties: {
    enabled: bool('Enabled', { default: true }),
    type: ref(enumRef('NotificationType'), 'Notification type', { default: 'WEBHOOK' }),
    displayName: text('Display name', { default: '', constraints: [len(1, 100), notBlank] }),
    ...Object.fromEntries(NOTIFICATION_PROPS.map(([prop, typeName, type]) =>
      [prop, ref(typeRef(typeName), `${NOTIFICATION_LABELS[type]} settings`, { precondition: eq('type', type) })])),
    alertingProfile: setting('Alerting profile', 'builtin:alerting.profile', {
      default: '00000000-0000-0000-0000-000000000000',
      description: 'objectId of the alerting profile that filters the problems sent by this integration.',
    }),
  },
  types: {
    EmailNotification: objectType('EmailNotification', {
      recipients: emails('To', 1),
      ccRecipients: emails('CC', 0),
      bccRecipients: emails('BCC', 0),
      subject: tpl('Subject', '{State} Problem {ProblemID}: {ImpactedEntity}', 1000),
      notifyClosedProblems: bool('Send email if problem is closed', { default: true }),
      body: text('Body', {
        default: '{ProblemDetailsHTML}', subType: 'datasource',
        constraints: [len(1, 10000), validator('problem-notification-email-body-trial-account-validator')],
      }),
    }, [validator('problem-notification-email-total-recipients-validator', 'Number of total recipients exceeded')]),
    SlackNotification: objectType('SlackNotification', {
      url: secret('Webhook URL', { default: '', subType: 'url', constraints: [len(1, 1000), ...httpUrl] }),
      channel: plain('Channel'),
      message: tpl('Message', '{State} Problem {ProblemID}: {ImpactedEntity}', 5000),
    }),
    JiraNotification: objectType('JiraNotification', {
      url: text('Jira endpoint URL', {
        default: '', subType: 'url', forceSecretResubmission: true, constraints: [notBlank, ...httpUrl, len(1, 500)],
      }),
      username: plain('Username'),
      apiToken: secretText('API token'),
      projectKey: plain('Project key'),
      issueType: plain('Issue type'),
      summary: tpl('Summary', 'Problem {ProblemID}: {ProblemTitle}', 1000),
      description: tpl('Issue description', '{ProblemDetailsText}', 5000),
    }),
    AnsibleTowerNotification: objectType('AnsibleTowerNotification', {
      jobTemplateURL: text('Job template URL', {
        default: '', subType: 'url', forceSecretResubmission: true,
        constraints: [len(1, 1000), pattern(P.ANSIBLE_JOB_TEMPLATE, P.ANSIBLE_JOB_TEMPLATE_MESSAGE), ...httpUrl],
      }),
      acceptAnyCertificate: bool('Accept any SSL certificate', { default: false }),
      username: plain('Username'),
      password: secretText('Password'),
      customMessage: text('Custom message', { default: '', subType: 'datasource', constraints: [len(undefined, 1000)] }),
    }),
    OpsGenieNotification: objectType('OpsGenieNotification', {
      apiKey: secretText('API key'),
      domain: text('Domain', {
        default: '', forceSecretResubmission: true,
        constraints: [len(1, 1000), pattern(P.NO_HTTP_PREFIX, P.NO_HTTP_PREFIX_MESSAGE)],
      }),
      message: tpl('Message', '{ProblemImpact} Problem {ProblemID}: {ProblemTitle}', 80),
    }),
    PagerDutyNotification: objectType('PagerDutyNotification', {
      account: plain('Account'),
      serviceName: plain('Service name'),
      serviceApiKey: secretText('Integration key'),
    }),
    VictorOpsNotification: objectType('VictorOpsNotification', {
      apiKey: secretText('API key'),
      routingKey: plain('Routing key'),
      message: tpl('Message', '{State} Problem {ProblemID}: {ImpactedEntity}', 5000),
    }),
    WebHookNotification: objectType('WebHookNotification', {
      urlContainsSecret: bool('URL contains a secret', { nullable: true }),
      url: text('Webhook URL', {
        default: '', subType: 'url', forceSecretResubmission: true, constraints: [len(1, 1000), ...httpUrl],
        precondition: or(isNull('urlContainsSecret'), eq('urlContainsSecret', false)),
      }),
      secretUrl: secret('Webhook URL', {
        default: '', constraints: [len(1, 1000), ...httpUrl], precondition: eq('urlContainsSecret', true),
      }),
      acceptAnyCertificate: bool('Accept any SSL certificate', { default: false }),
      notifyEventMergesEnabled: bool('Call webhook if new events merge into existing problems', { default: false }),
      notifyClosedProblems: bool('Call webhook if problem is closed', { default: true }),
      headers: headers(),
      payload: tpl('Custom payload', '{\n"State":"{State}",\n"ProblemID":"{ProblemID}",\n"ProblemTitle":"{ProblemTitle}"\n}', 5000),
      useOAuth2: bool('Use OAuth 2.0 for authentication', { nullable: true }),
      oAuth2Credentials: ref(typeRef('OAuth2Credentials'), 'OAuth 2.0 credentials', { precondition: eq('useOAuth2', true) }),
    }),
    OAuth2Credentials: objectType('OAuth2Credentials', {
      accessTokenUrl: text('Access token URL', {
        default: '', subType: 'url', forceSecretResubmission: true,
        constraints: [notBlank, len(1, 500), pattern(P.HTTPS_ONLY, P.HTTPS_ONLY_MESSAGE), ...httpUrl],
      }),
      clientId: text('Client ID', { default: '', constraints: [notBlank, len(1, 500)] }),
      clientSecret: secret('Client secret', { default: '', constraints: [notBlank, len(1, 500)] }),
      scope: text('Scope', { nullable: true, constraints: [len(1, 500)] }),
      authenticateViaRequestHeader: bool('Send credentials in the request header', { nullable: true }),
    }),
    WebHookNotificationHeader: objectType('WebHookNotificationHeader', {
      name: text('Name', { default: '', constraints: [notBlank, len(1, 500)] }),
      secret: bool('Secret HTTP header', { default: false }),
      value: text('Value', { default: '', constraints: [len(undefined, 8192)], precondition: eq('secret', false) }),
      secretValue: secret('Value', { default: '', constraints: [len(undefined, 8192)], precondition: eq('secret', true) }),
    }),
    XMattersNotification: objectType('XMattersNotification', {
      url: text('xMatters URL', { default: '', subType: 'url', constraints: [len(1, 1000), ...httpUrl] }),
      acceptAnyCertificate: bool('Accept any SSL certificate', { default: false }),
      headers: headers(),
      payload: tpl('Payload', '{\n    "impactedEntities": {ImpactedEntities},\n    "state": "{State}"\n}', 600),
    }),
    TrelloNotification: objectType('TrelloNotification', {
      applicationKey: plain('Application key'),
      authorizationToken: secretText('Token'),
      boardId: text('Board ID', { default: '', constraints: [notBlank, len(1, 500)] }),
      listId: text('List ID', { default: '', constraints: [notBlank, len(1, 500)] }),
      resolvedListId: text('Resolved list ID', { default: '', constraints: [notBlank, len(1, 500)] }),
      text: tpl('Card text', 'Problem {ProblemID}: {ProblemTitle}', 5000),
      description: tpl('Card description', '{ProblemDetailsMarkdown}', 5000),
    }),
    ServiceNowNotification: objectType('ServiceNowNotification', {
      instanceName: text('ServiceNow instance identifier', {
        default: '', constraints: [len(1, 1000)], precondition: or(isNull('url'), eq('url', '')),
      }),
      url: text('On-premise URL', { nullable: true, subType: 'url', forceSecretResubmission: true, constraints: [len(1, 1000), ...httpUrl] }),
      username: plain('Username'),
      password: secretText('Password'),
      message: tpl('Message', '{State} {ProblemImpact} Problem {ProblemID}: {ProblemTitle}', 160),
      sendIncidents: bool('Send incidents into ServiceNow ITSM', { default: true }),
      sendEvents: bool('Send events into ServiceNow ITOM', { default: false }),
      formatProblemDetailsAsText: bool('Format problem details as text', { nullable: true }),
    }),
  },
  enums: {
    NotificationType: enumOf('NotificationType', NOTIFICATION_TYPES),
  },
  constraints: [
    { type: 'SECRET_RESUBMISSION', checkAllProperties: false, customMessage: MSG_SECRET_RESUBMISSION },
    validator('problem-notification-oauth-validator'),
    validator('problem-notification-webhook-url-validator'),
    validator('problem-notification-header-validator'),
    validator('problem-notification-secret-header-and-url-validator'),
  ],
  schemaConstraints: [],
};
