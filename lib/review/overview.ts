/**
 * The review's overview: the team's objects by schema and by management zone, the objects with
 * findings by rule and by severity, and the changes over the last 30 or 90 days (through the app or
 * not) from the history revisions the page reads. A bar is also a filter of the list below
 * (`ReviewFilter`, `matchesFilter`), so a bar's count is the number of rows its filter keeps.
 */
import type { Finding } from '../contracts/common';
import type { Severity } from '../diagnostics';
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { OUTSIDE_APP_CODE, ruleFindings, SEVERITY_ORDER, severityRank, type ReviewItem } from './findings';

export interface OverviewItem extends ReviewItem {
  value: unknown;
}

export interface Bar {
  key: string;
  label: string;
  count: number;
}

export type FilterKind = 'schema' | 'zone' | 'rule' | 'severity';
export interface ReviewFilter {
  kind: FilterKind;
  key: string;
  label: string;
}

export interface Overview {
  bySchema: Bar[];
  byZone: Bar[];
  byRule: Bar[];
  bySeverity: Bar[];
}

export const NO_ZONE = 'No management zone';

/** A team zone as get-context describes it. */
export interface ZoneName {
  name: string;
  id: string | null;
}

/** The zone names of each object; a notification lies in the zones of its alerting profile. */
export function zonesByObject(items: readonly OverviewItem[], zones: readonly ZoneName[]): Map<string, string[]> {
  const byId = new Map(zones.filter((z) => z.id !== null).map((z) => [z.id!, z.name]));
  const direct = (item: OverviewItem): string[] | { profile: string } => {
    const scope = alertingKnowledge.scopeOf(item.schemaId, item.value);
    if (scope.kind === 'via-alerting-profile') return { profile: scope.profileId };
    if (scope.kind !== 'zones') return [];
    const names = scope.zones.map((r) => (r.id !== undefined ? byId.get(r.id) ?? r.name ?? `zone ${r.id}` : r.name ?? ''));
    return [...new Set(names.filter((n) => n !== ''))];
  };
  const out = new Map<string, string[]>();
  const later: Array<[string, string]> = [];
  for (const item of items) {
    const d = direct(item);
    if (Array.isArray(d)) out.set(item.objectId, d);
    else later.push([item.objectId, d.profile]);
  }
  for (const [id, profile] of later) out.set(id, out.get(profile) ?? []);
  return out;
}

/** The most severe rule finding of an object, if it breaks a rule. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of ruleFindings(findings)) if (worst === undefined || severityRank(f.severity) < severityRank(worst)) worst = f.severity;
  return worst;
}

function codesOf(item: ReviewItem, outside: ReadonlyMap<string, Finding>): Set<string> {
  const codes = new Set(item.findings.map((f) => f.code));
  if (outside.has(item.objectId)) codes.add(OUTSIDE_APP_CODE);
  return codes;
}

/** A short label of a finding code for a chart's category axis. */
export function ruleLabel(code: string): string {
  if (code === OUTSIDE_APP_CODE) return 'changed outside the app';
  return code.replace(/^guardrail\//, '').replace('/', ': ').replace(/-/g, ' ');
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** Whether an object is kept by the filter. */
export function matchesFilter(item: ReviewItem, filter: ReviewFilter | undefined, zones: ReadonlyMap<string, string[]>, outside: ReadonlyMap<string, Finding>): boolean {
  if (!filter) return true;
  switch (filter.kind) {
    case 'schema':
      return item.schemaId === filter.key;
    case 'zone': {
      const z = zones.get(item.objectId) ?? [];
      return filter.key === NO_ZONE ? z.length === 0 : z.includes(filter.key);
    }
    case 'rule':
      return codesOf(item, outside).has(filter.key);
    case 'severity':
      return worstSeverity(item.findings) === filter.key;
  }
}

function bars(counts: Map<string, number>, label: (key: string) => string): Bar[] {
  return [...counts].map(([key, count]) => ({ key, label: label(key), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function bump(m: Map<string, number>, key: string) {
  m.set(key, (m.get(key) ?? 0) + 1);
}

export function reviewOverview(items: readonly ReviewItem[], zones: ReadonlyMap<string, string[]>, outside: ReadonlyMap<string, Finding>, schemaLabel: (schemaId: string) => string = (s) => s): Overview {
  const schema = new Map<string, number>();
  const zone = new Map<string, number>();
  const rule = new Map<string, number>();
  const severity = new Map<string, number>();
  for (const item of items) {
    bump(schema, item.schemaId);
    const z = zones.get(item.objectId) ?? [];
    if (z.length === 0) bump(zone, NO_ZONE);
    for (const name of z) bump(zone, name);
    for (const code of codesOf(item, outside)) bump(rule, code);
    const worst = worstSeverity(item.findings);
    if (worst) bump(severity, worst);
  }
  return {
    bySchema: bars(schema, schemaLabel),
    byZone: bars(zone, (k) => k),
    byRule: bars(rule, ruleLabel),
    bySeverity: SEVERITY_ORDER.filter((s) => severity.has(s)).map((s) => ({ key: s, label: SEVERITY_LABEL[s], count: severity.get(s)! })),
  };
}

export interface ChangeBucket {
  /** start of the bucket (ms, UTC midnight) */
  start: number;
  label: string;
  throughApp: number;
  outsideApp: number;
}

const DAY = 86_400_000;

/**
 * Changes per day (30 days) or per week (90 days) up to `now`, oldest first; each bucket splits
 * the revisions made through `appId` from the others. Revisions outside the range are left out.
 */
export function changesOverTime(revisions: ReadonlyArray<{ modifiedTime: string | null; appId: string | null }>, appId: string, now: number, days: 30 | 90): ChangeBucket[] {
  const size = days === 30 ? DAY : 7 * DAY;
  const count = Math.ceil(days / (size / DAY));
  const end = Math.floor(now / DAY) * DAY + DAY; // the end of today (UTC)
  const first = end - count * size;
  const buckets: ChangeBucket[] = Array.from({ length: count }, (_, i) => {
    const start = first + i * size;
    return { start, label: new Date(start).toISOString().slice(5, 10), throughApp: 0, outsideApp: 0 };
  });
  for (const r of revisions) {
    const t = r.modifiedTime === null ? NaN : Date.parse(r.modifiedTime);
    if (!(t >= first && t < end)) continue;
    const b = buckets[Math.floor((t - first) / size)]!;
    if (r.appId === appId) b.throughApp++;
    else b.outsideApp++;
  }
  return buckets;
}
