/**
 * `AlertingKnowledge` for the guardrails. Where the value of each of the five schemas says who
 * owns it, what it is called and whom it notifies.
 *
 * TEMPORARY: `lib/alerting` (another engineer) is the home of this knowledge
 * (`managementZoneIdsOf`, `displayNameOf`, `namePathOf`, `notificationTargetsOf`); it had not
 * landed when the guardrails were written, so this adapter reads the few fields it needs
 * directly and must be switched to `lib/alerting/index.ts` once that exists. SLO selectors are
 * already parsed by `lib/alerting/entity-selector.ts`.
 */
import { scanEntitySelector } from '../alerting/entity-selector';
import { ALERTING_SCHEMA_IDS } from '../contracts/common';
import type { AlertingKnowledge, NotificationTargets, ObjectScope, ZoneRef } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), v);

/** A zone reference field: null/absent means "no zone"; anything but a numeric string is unresolvable. */
function zoneField(v: unknown, path: string): ZoneRef[] | 'absent' | 'bad' {
  if (v === null || v === undefined || v === '') return 'absent';
  return typeof v === 'string' && /^-?\d{1,19}$/.test(v) ? [{ id: v, path }] : 'bad';
}

function scopeOf(schemaId: string, value: unknown): ObjectScope {
  if (!isObj(value)) return { kind: 'unresolvable', path: '', reason: 'the value is not an object' };
  switch (schemaId) {
    case 'builtin:alerting.profile': {
      const z = zoneField(value.managementZone, 'managementZone');
      if (z === 'bad') return { kind: 'unresolvable', path: 'managementZone', reason: 'management zone is not a numeric id' };
      return z === 'absent' ? { kind: 'global', path: 'managementZone' } : { kind: 'zones', zones: z };
    }
    case 'builtin:problem.notifications': {
      const p = value.alertingProfile;
      if (typeof p !== 'string' || p === '') return { kind: 'unresolvable', path: 'alertingProfile', reason: 'no alerting profile is set' };
      return { kind: 'via-alerting-profile', profileId: p, path: 'alertingProfile' };
    }
    case 'builtin:anomaly-detection.metric-events': {
      const z = zoneField(get(value, 'queryDefinition', 'managementZone'), 'queryDefinition/managementZone');
      if (z === 'bad') return { kind: 'unresolvable', path: 'queryDefinition/managementZone', reason: 'management zone is not a numeric id' };
      if (z === 'absent') return { kind: 'global', path: 'queryDefinition/managementZone' };
      // entity-filter zone conditions narrow the query further; they must be the team's too
      const conditions = get(value, 'queryDefinition', 'entityFilter', 'conditions');
      const extra: ZoneRef[] = [];
      if (Array.isArray(conditions)) {
        conditions.forEach((c, i) => {
          if (get(c, 'type') === 'MANAGEMENT_ZONE') extra.push({ id: String(get(c, 'value')), path: `queryDefinition/entityFilter/conditions/${i}/value` });
        });
      }
      return { kind: 'zones', zones: [...z, ...extra] };
    }
    case 'builtin:alerting.maintenance-window': {
      const filters = value.filters;
      if (!Array.isArray(filters) || filters.length === 0) return { kind: 'global', path: 'filters' };
      const zones: ZoneRef[] = [];
      for (let i = 0; i < filters.length; i++) {
        const mzs = get(filters[i], 'managementZones');
        // a filter without a zone matches entities anywhere: the window is global
        if (!Array.isArray(mzs) || mzs.length === 0) return { kind: 'global', path: `filters/${i}/managementZones` };
        for (let j = 0; j < mzs.length; j++) {
          const z = zoneField(mzs[j], `filters/${i}/managementZones/${j}`);
          if (z === 'bad' || z === 'absent') return { kind: 'unresolvable', path: `filters/${i}/managementZones/${j}`, reason: 'management zone is not a numeric id' };
          zones.push(...z);
        }
      }
      return { kind: 'zones', zones };
    }
    case 'builtin:monitoring.slo': {
      const filter = value.filter;
      if (filter !== undefined && typeof filter !== 'string') return { kind: 'unresolvable', path: 'filter', reason: 'the entity selector is not text' };
      const s = scanEntitySelector(filter ?? '');
      if (s.malformed) return { kind: 'unresolvable', path: 'filter', reason: 'the entity selector is malformed' };
      const zones: ZoneRef[] = [...s.ids.map((id) => ({ id, path: 'filter' })), ...s.names.map((name) => ({ name, path: 'filter' }))];
      return zones.length ? { kind: 'zones', zones } : { kind: 'global', path: 'filter' };
    }
    default:
      return { kind: 'unresolvable', path: '', reason: `schema \`${schemaId}\` is unknown` };
  }
}

const NAME_PATHS: Record<string, string[]> = {
  'builtin:alerting.profile': ['name'],
  'builtin:problem.notifications': ['displayName'],
  'builtin:anomaly-detection.metric-events': ['summary'],
  'builtin:alerting.maintenance-window': ['generalProperties', 'name'],
  'builtin:monitoring.slo': ['name'],
};

function nameOf(schemaId: string, value: unknown) {
  const keys = NAME_PATHS[schemaId];
  if (!keys) return undefined;
  const v = get(value, ...keys);
  return { name: typeof v === 'string' ? v : '', path: keys.join('/') };
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
