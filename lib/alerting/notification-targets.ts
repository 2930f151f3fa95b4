/**
 * Where a problem notification sends problems, as a flat list of targets for the allowlist
 * guardrail. Secret values (Slack webhook URL, secret webhook URL) are reported by host only when
 * readable; a masked or unparsable URL yields kind `unknown` so allowlists fail closed.
 */
import { arr, field, str } from './schema-ids';

export type NotificationTargetKind =
  | 'email' | 'webhook-host' | 'slack-channel' | 'slack-webhook-host' | 'jira-url' | 'ansible-url'
  | 'opsgenie-domain' | 'pagerduty-account' | 'victorops-routing-key' | 'xmatters-host'
  | 'trello-board' | 'servicenow-instance' | 'servicenow-host' | 'oauth-token-host' | 'unknown';

export interface NotificationTarget {
  kind: NotificationTargetKind;
  value: string;
  /** Value path of the field the target was read from. */
  path: string;
}

export interface NotificationTargets {
  type: string | undefined;
  targets: NotificationTarget[];
}

/** Notification type → property with its settings (same as the schema's preconditions). */
export const NOTIFICATION_TARGET_PROPERTY: Record<string, string> = {
  EMAIL: 'emailNotification', SLACK: 'slackNotification', JIRA: 'jiraNotification',
  ANSIBLETOWER: 'ansibleTowerNotification', OPS_GENIE: 'opsGenieNotification',
  PAGER_DUTY: 'pagerDutyNotification', VICTOROPS: 'victorOpsNotification',
  WEBHOOK: 'webHookNotification', XMATTERS: 'xMattersNotification', TRELLO: 'trelloNotification',
  SERVICE_NOW: 'serviceNowNotification',
};

/** The notification types of `builtin:problem.notifications` (facts §1.4). */
export const NOTIFICATION_TYPES: readonly string[] = Object.keys(NOTIFICATION_TARGET_PROPERTY);

/** How each notification type is spelled for people. */
export const NOTIFICATION_TYPE_LABELS: Readonly<Record<string, string>> = {
  EMAIL: 'E-mail', WEBHOOK: 'Webhook', SLACK: 'Slack', JIRA: 'Jira', PAGER_DUTY: 'PagerDuty',
  OPS_GENIE: 'OpsGenie', VICTOROPS: 'VictorOps', SERVICE_NOW: 'ServiceNow', XMATTERS: 'xMatters',
  TRELLO: 'Trello', ANSIBLETOWER: 'Ansible Tower',
};

/** Lower-cased host of an http(s) URL, or undefined. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2000) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export function notificationTargetsOf(value: unknown): NotificationTargets {
  const type = str(field(value, 'type')) ?? 'WEBHOOK'; // the schema default
  const prop = Object.prototype.hasOwnProperty.call(NOTIFICATION_TARGET_PROPERTY, type) ? NOTIFICATION_TARGET_PROPERTY[type]! : undefined;
  const out: NotificationTarget[] = [];
  if (!prop) return { type, targets: [{ kind: 'unknown', value: type, path: 'type' }] };
  const n = field(value, prop);
  const add = (kind: NotificationTargetKind, v: unknown, key: string) => {
    const path = `${prop}/${key}`;
    if (typeof v === 'string' && v !== '') out.push({ kind, value: kind === 'email' ? v.toLowerCase() : v, path });
    else out.push({ kind: 'unknown', value: '', path });
  };
  const addHost = (kind: NotificationTargetKind, url: unknown, key: string) => {
    const host = hostOf(url);
    out.push(host ? { kind, value: host, path: `${prop}/${key}` } : { kind: 'unknown', value: typeof url === 'string' ? url.slice(0, 200) : '', path: `${prop}/${key}` });
  };
  switch (type) {
    case 'EMAIL':
      for (const key of ['recipients', 'ccRecipients', 'bccRecipients']) {
        arr(field(n, key)).forEach((r, i) => add('email', r, `${key}/${i}`));
      }
      break;
    case 'SLACK':
      add('slack-channel', field(n, 'channel'), 'channel');
      addHost('slack-webhook-host', field(n, 'url'), 'url');
      break;
    case 'JIRA': addHost('jira-url', field(n, 'url'), 'url'); break;
    case 'ANSIBLETOWER': addHost('ansible-url', field(n, 'jobTemplateURL'), 'jobTemplateURL'); break;
    case 'OPS_GENIE': add('opsgenie-domain', field(n, 'domain'), 'domain'); break;
    case 'PAGER_DUTY': add('pagerduty-account', field(n, 'account'), 'account'); break;
    case 'VICTOROPS': add('victorops-routing-key', field(n, 'routingKey'), 'routingKey'); break;
    case 'TRELLO': add('trello-board', field(n, 'boardId'), 'boardId'); break;
    case 'XMATTERS': addHost('xmatters-host', field(n, 'url'), 'url'); break;
    case 'SERVICE_NOW': {
      const url = field(n, 'url');
      if (typeof url === 'string' && url !== '') addHost('servicenow-host', url, 'url');
      else add('servicenow-instance', field(n, 'instanceName'), 'instanceName');
      break;
    }
    case 'WEBHOOK': {
      if (field(n, 'urlContainsSecret') === true) addHost('webhook-host', field(n, 'secretUrl'), 'secretUrl');
      else addHost('webhook-host', field(n, 'url'), 'url');
      if (field(n, 'useOAuth2') === true) addHost('oauth-token-host', field(n, 'oAuth2Credentials', 'accessTokenUrl'), 'oAuth2Credentials/accessTokenUrl');
      break;
    }
  }
  return { type, targets: out };
}
