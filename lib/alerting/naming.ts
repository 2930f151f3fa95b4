/**
 * Names and one-line summaries of alerting objects, for lists and naming-rule guardrails.
 * Never throws; missing fields give an empty name / a shorter summary.
 */
import { notificationTargetsOf } from './notification-targets';
import {
  ALERTING_PROFILE, MAINTENANCE_WINDOW, MANAGEMENT_ZONES, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO, arr, field, str,
} from './schema-ids';

// a Map: one lookup per listed object, and no prototype keys to guard against
const NAME_PATHS = new Map<string, readonly string[]>([
  [ALERTING_PROFILE, ['name']],
  [PROBLEM_NOTIFICATIONS, ['displayName']],
  [METRIC_EVENTS, ['summary']],
  [MAINTENANCE_WINDOW, ['generalProperties', 'name']],
  [SLO, ['name']],
  [MANAGEMENT_ZONES, ['name']],
]);

const JOINED_NAME_PATHS = new Map([...NAME_PATHS].map(([schemaId, path]) => [schemaId, path.join('/')]));

/** The field holding the object's name, as a value path (`generalProperties/name`), or undefined. */
export function namePathOf(schemaId: string): string | undefined {
  return JOINED_NAME_PATHS.get(schemaId);
}

/** The object's name ('' when absent or not text). */
export function displayNameOf(schemaId: string, value: unknown): string {
  const keys = NAME_PATHS.get(schemaId);
  if (!keys) return '';
  let v = value;
  for (const key of keys) v = field(v, key);
  return str(v) ?? '';
}

const MAX = 200;
const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

function facts(schemaId: string, v: unknown): string[] {
  switch (schemaId) {
    case ALERTING_PROFILE: {
      const rules = arr(field(v, 'severityRules')).map((r) => str(field(r, 'severityLevel'))).filter(Boolean);
      return [rules.length ? `severities ${rules.join(', ')}` : '', `${arr(field(v, 'eventFilters')).length} event filters`];
    }
    case PROBLEM_NOTIFICATIONS: {
      const t = notificationTargetsOf(v);
      const shown = t.targets.slice(0, 3).map((x) => x.value).join(', ');
      const more = t.targets.length > 3 ? ` +${t.targets.length - 3}` : '';
      const enabled = field(v, 'enabled') === false ? 'disabled' : '';
      return [t.type ? `${t.type}${shown ? ` → ${shown}${more}` : ''}` : '', enabled];
    }
    case METRIC_EVENTS: {
      const q = field(v, 'queryDefinition');
      const query = field(q, 'type') === 'METRIC_SELECTOR' ? str(field(q, 'metricSelector')) : str(field(q, 'metricKey'));
      const model = field(v, 'modelProperties');
      const type = str(field(model, 'type'));
      const cond = str(field(model, 'alertCondition'))?.toLowerCase();
      const threshold = field(model, 'threshold');
      const m = type === 'STATIC_THRESHOLD' && typeof threshold === 'number' ? `${cond ?? 'above'} ${threshold}` : type?.toLowerCase().replace(/_/g, ' ');
      return [query ?? '', m ?? ''];
    }
    case MAINTENANCE_WINDOW: {
      const s = field(v, 'schedule');
      const type = str(field(s, 'scheduleType'));
      const supp = str(field(v, 'generalProperties', 'suppression'))?.toLowerCase().replace(/_/g, ' ');
      let when = '';
      if (type === 'ONCE') when = `${str(field(s, 'onceRecurrence', 'startTime')) ?? '?'} – ${str(field(s, 'onceRecurrence', 'endTime')) ?? '?'}`;
      else if (type === 'WEEKLY') when = `${str(field(s, 'weeklyRecurrence', 'dayOfWeek'))?.toLowerCase() ?? ''} ${str(field(s, 'weeklyRecurrence', 'timeWindow', 'startTime')) ?? ''}`.trim();
      else if (type === 'DAILY') when = str(field(s, 'dailyRecurrence', 'timeWindow', 'startTime')) ?? '';
      else if (type === 'MONTHLY') { const d = field(s, 'monthlyRecurrence', 'dayOfMonth'); when = typeof d === 'number' ? `day ${d}` : ''; }
      return [type ? `${type.toLowerCase()}${when ? ` ${when}` : ''}` : '', supp ?? ''];
    }
    case SLO: {
      const target = field(v, 'targetSuccess');
      const warn = field(v, 'targetWarning');
      return [typeof target === 'number' ? `target ${target}%` : '', typeof warn === 'number' ? `warning ${warn}%` : '',
        str(field(v, 'evaluationWindow')) ?? ''];
    }
    case MANAGEMENT_ZONES:
      return [`${arr(field(v, 'rules')).length} rules`];
    default:
      return [];
  }
}

/** "Name — key facts" for lists, at most 200 characters. */
export function summaryOf(schemaId: string, value: unknown): string {
  try {
    const name = displayNameOf(schemaId, value);
    const f = facts(schemaId, value).filter((x) => x !== '').join(', ');
    return clip(name && f ? `${name} — ${f}` : name || f);
  } catch {
    return '';
  }
}
