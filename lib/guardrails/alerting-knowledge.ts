/**
 * `AlertingKnowledge` for the guardrails. Where the value of each of the five schemas says who
 * owns it, what it is called and whom it notifies.
 *
 * Scope and names come from `lib/alerting`. Notification targets are read here in the shape the
 * allowlist rule checks (full URLs, so the rule can report the exact host it refused); masked
 * secret URLs are skipped because the stored value was already checked when it was written.
 */
import { displayNameOf, managementZoneIdsOf, namePathOf } from '../alerting/index';
import { ALERTING_SCHEMA_IDS } from '../alerting/schema-ids';
import type { AlertingKnowledge, NotificationTargets, ObjectScope, ZoneRef } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), v);

/** Scope from `lib/alerting`'s `managementZoneIdsOf`, in the guardrails' terms; `unknown` fails closed. */
function scopeOf(schemaId: string, value: unknown): ObjectScope {
  const s = managementZoneIdsOf(schemaId, value);
  switch (s.kind) {
    case 'zones':
      // lib/alerting's refs already have the guardrails' shape ({ id, path } or { name, path })
      return { kind: 'zones', zones: s.refs satisfies readonly ZoneRef[] };
    case 'via-alerting-profile':
      return s.alertingProfileId
        ? { kind: 'via-alerting-profile', profileId: s.alertingProfileId, path: 'alertingProfile' }
        : { kind: 'unresolvable', path: 'alertingProfile', reason: 'no alerting profile is set' };
    case 'global':
      return { kind: 'global', path: s.path };
    default:
      return { kind: 'unresolvable', path: s.path, reason: s.reason };
  }
}

function nameOf(schemaId: string, value: unknown) {
  const path = namePathOf(schemaId);
  return path === undefined ? undefined : { name: displayNameOf(schemaId, value), path };
}

/** URL-bearing fields per notification type; Slack URLs are Slack's own and checked by channel. */
const URL_FIELDS: Record<string, Array<[string, string]>> = {
  WEBHOOK: [['webHookNotification', 'url'], ['webHookNotification', 'secretUrl']],
  XMATTERS: [['xMattersNotification', 'url']],
  JIRA: [['jiraNotification', 'url']],
  SERVICE_NOW: [['serviceNowNotification', 'url']],
  ANSIBLETOWER: [['ansibleTowerNotification', 'jobTemplateURL']],
};
const isMasked = (s: string) => /^\*+$/.test(s);

function notificationTargetsOf(schemaId: string, value: unknown): NotificationTargets | undefined {
  if (schemaId !== 'builtin:problem.notifications') return undefined;
  const type = get(value, 'type');
  const t: NotificationTargets = { type: typeof type === 'string' ? type : String(type), typePath: 'type', emails: [], urls: [], slackChannels: [] };
  if (t.type === 'EMAIL') {
    for (const field of ['recipients', 'ccRecipients', 'bccRecipients']) {
      const list = get(value, 'emailNotification', field);
      if (Array.isArray(list)) list.forEach((a, i) => t.emails.push({ address: String(a), path: `emailNotification/${field}/${i}` }));
    }
  }
  for (const [obj, field] of URL_FIELDS[t.type] ?? []) {
    const u = get(value, obj, field);
    if (typeof u === 'string' && u !== '' && !isMasked(u)) t.urls.push({ url: u, path: `${obj}/${field}` });
  }
  if (t.type === 'SLACK') {
    const c = get(value, 'slackNotification', 'channel');
    t.slackChannels.push({ channel: typeof c === 'string' ? c : '', path: 'slackNotification/channel' });
  }
  return t;
}

export const alertingKnowledge: AlertingKnowledge = {
  isAlertingSchema: (schemaId) => (ALERTING_SCHEMA_IDS as readonly string[]).includes(schemaId),
  scopeOf,
  nameOf,
  notificationTargetsOf,
};

/**
 * The same knowledge with `scopeOf` remembered per value object of the given schemas, for one
 * listing call: it reads each value once from the platform and never changes it, while every
 * notification of an alerting profile would otherwise derive that profile's scope again. Values
 * asked once (everything but the profiles a listing looks up) are not worth an entry each.
 * Only for values nobody mutates during the memo's life — never keep one across calls.
 */
export function withScopeMemo(knowledge: AlertingKnowledge, schemaIds: readonly string[]): AlertingKnowledge {
  // a plain Map (the memo lives for one call): cheaper than a WeakMap for thousands of keys
  const memo = new Map<object, { schemaId: string; scope: ObjectScope }>();
  return {
    ...knowledge,
    scopeOf(schemaId, value) {
      if (typeof value !== 'object' || value === null || !schemaIds.includes(schemaId)) return knowledge.scopeOf(schemaId, value);
      const hit = memo.get(value);
      if (hit?.schemaId === schemaId) return hit.scope;
      const scope = knowledge.scopeOf(schemaId, value);
      if (!hit) memo.set(value, { schemaId, scope });
      return scope;
    },
  };
}
