/**
 * Findings that mean something: the review groups the team's findings by rule code (one group per
 * code, with why it matters and how to fix it, listing the objects it affects) instead of repeating
 * the same message per object. "Last changed outside the app" is not a rule the object breaks but
 * an attribute of the object: it is one group of its own ("8 objects were last changed outside the
 * app") and a mark on the object's rule findings. Home and Review count with `countFindings`.
 */
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../codes';
import type { Finding } from '../contracts/common';
import type { Severity } from '../diagnostics';

export const OUTSIDE_APP_CODE = 'review/changed-outside-app';

/** What the review needs of a listed object. */
export interface ReviewItem {
  objectId: string;
  schemaId: string;
  summary: string;
  findings: readonly Finding[];
}

export interface AffectedObject {
  objectId: string;
  schemaId: string;
  summary: string;
  /** the object's finding of this group (its message and the field it is about) */
  finding: Finding;
  /** the object's latest change was made outside the app (its provenance finding), if so */
  outside?: Finding;
}

export interface FindingGroup {
  code: string;
  rule: string;
  severity: Severity;
  /** "3 objects do not start with the team's naming prefix" */
  title: string;
  why: string;
  fix: string;
  objects: AffectedObject[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

interface Wording {
  /** the group's title for n objects */
  title: (n: number) => string;
  why: string;
  fix: string;
}

const objects = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'object' : 'objects'}`;
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Why and how, per code; codes not listed fall back to the catalog's summary. */
const WORDING: Record<string, Wording> = {
  [OUTSIDE_APP_CODE]: {
    title: (n) => `${objects(n)} ${verb(n, 'was', 'were')} last changed outside the app`,
    why: 'Changes made through the Settings API or the classic settings page skip the team\'s rules (naming, notification targets, quotas); only the zone scope is enforced by IAM.',
    fix: 'Check the change in the history. Any rule it breaks is listed with the object; saving it through the app checks it again.',
  },
  'guardrail/naming/prefix': {
    title: (n) => `${objects(n)} ${verb(n, 'does', 'do')} not start with the team's naming prefix`,
    why: 'Names with the team prefix show at a glance which team owns an alert, in problem cards and notifications.',
    fix: 'Apply the prefix: one click renames the object through the app.',
  },
  'guardrail/naming/pattern': {
    title: (n) => `${objects(n)} ${verb(n, 'does', 'do')} not match the team's naming pattern`,
    why: 'A common naming convention lets everyone find and attribute the team\'s alerting.',
    fix: 'Rename the object in the editor so the name follows the pattern.',
  },
  'guardrail/notification/target-not-allowed': {
    title: (n) => `${objects(n)} notify a target outside the team's allowlist`,
    why: 'Alerts sent to unapproved e-mail domains, webhook hosts or Slack channels can leak problem details or page the wrong people.',
    fix: 'Open the editor at the target and choose an allowed one.',
  },
  'guardrail/notification/type-not-allowed': {
    title: (n) => `${objects(n)} use a notification type the team may not use`,
    why: 'The team mapping limits notification types to the integrations the team has agreed on.',
    fix: 'Switch to an allowed notification type in the editor, or ask an admin to allow this one.',
  },
  'guardrail/notification/foreign-profile': {
    title: (n) => `${objects(n)} use another team's alerting profile`,
    why: 'A notification on another team\'s profile sends that team\'s problems to your targets.',
    fix: 'Pick one of your team\'s alerting profiles in the editor.',
  },
  'guardrail/quota/over': {
    title: (n) => `${objects(n)} over the team's quota`,
    why: 'Quotas keep a team\'s alerting manageable; objects beyond the quota were created outside the app or before the quota was lowered.',
    fix: 'Delete objects the team no longer needs, or ask an admin to raise the quota.',
  },
};

function wordingOf(code: string): Wording {
  const known = WORDING[code];
  if (known) return known;
  const summary = isDiagnosticCode(code) ? DIAGNOSTIC_CODES[code].summary : code;
  return { title: (n) => `${objects(n)}: ${summary}`, why: `The team's rules flag ${summary}.`, fix: 'Open the object in the editor; the finding is shown at its field.' };
}

/** The rule findings of an object: what it breaks (its provenance finding, if the list carries one, is not a rule). */
export function ruleFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.code !== OUTSIDE_APP_CODE);
}

/**
 * Groups by code, most severe first (error > warning > info), then by the number of objects, then
 * by code; the objects of a group in the order of `items`. `outside`: provenance findings by object.
 */
export function groupFindings(items: readonly ReviewItem[], outside: ReadonlyMap<string, Finding> = new Map()): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const add = (code: string, rule: string, severity: Severity, object: AffectedObject) => {
    let g = groups.get(code);
    if (!g) {
      g = { code, rule, severity, title: '', why: '', fix: '', objects: [] };
      groups.set(code, g);
    } else if (severityRank(severity) < severityRank(g.severity)) g.severity = severity;
    // one row per object and code, however often the object breaks the rule
    if (g.objects[g.objects.length - 1]?.objectId !== object.objectId) g.objects.push(object);
  };
  for (const item of items) {
    const mark = outside.get(item.objectId) ?? item.findings.find((f) => f.code === OUTSIDE_APP_CODE);
    const base = { objectId: item.objectId, schemaId: item.schemaId, summary: item.summary };
    for (const f of ruleFindings(item.findings)) add(f.code, f.rule, f.severity, { ...base, finding: f, ...(mark ? { outside: mark } : {}) });
    if (mark) add(OUTSIDE_APP_CODE, mark.rule, mark.severity, { ...base, finding: mark });
  }
  const out = [...groups.values()].map((g) => {
    const w = wordingOf(g.code);
    return { ...g, title: w.title(g.objects.length), why: w.why, fix: w.fix };
  });
  return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.objects.length - a.objects.length || a.code.localeCompare(b.code));
}

export interface FindingCounts {
  /** objects that break at least one team rule: what "open findings" means on Home and Review */
  objectsWithFindings: number;
  /** objects per most severe rule finding */
  bySeverity: Record<Severity, number>;
  /** objects last changed outside the app (known only where the history was read) */
  changedOutsideApp: number;
  objects: number;
}

/** The one count of Home and Review. */
export function countFindings(items: readonly ReviewItem[], outside: ReadonlyMap<string, Finding> = new Map()): FindingCounts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let withFindings = 0;
  let changed = 0;
  for (const item of items) {
    const rules = ruleFindings(item.findings);
    if (rules.length > 0) {
      withFindings++;
      const worst = rules.reduce((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), rules[0]!.severity);
      bySeverity[worst]++;
    }
    if (outside.has(item.objectId) || rules.length !== item.findings.length) changed++;
  }
  return { objectsWithFindings: withFindings, bySeverity, changedOutsideApp: changed, objects: items.length };
}

/** "3 objects break a team rule" / "No object breaks a team rule". */
export function findingsSentence(counts: FindingCounts): string {
  const n = counts.objectsWithFindings;
  if (n === 0) return 'No object breaks a team rule';
  return `${objects(n)} ${verb(n, 'breaks', 'break')} a team rule`;
}
