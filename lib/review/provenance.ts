/**
 * "Not changed through the app": the settings history records which app made each change
 * (`appId`, absent for the Settings API and the classic UI). An object whose latest revision was
 * made elsewhere bypassed the app's guardrails, so the team lead sees it as a review finding.
 */
import { diagnostic } from '../codes';
import type { Finding, Revision } from '../contracts';

export type ProvenanceRevision = Pick<Revision, 'objectId' | 'type' | 'appId' | 'modifiedBy' | 'modifiedTime' | 'revision'>;

/** The latest revision per object (by time, then revision id); deleted objects are left out. */
export function latestRevisions(revisions: readonly ProvenanceRevision[]): Map<string, ProvenanceRevision> {
  const latest = new Map<string, ProvenanceRevision>();
  for (const r of revisions) {
    const seen = latest.get(r.objectId);
    if (!seen || compare(r, seen) > 0) latest.set(r.objectId, r);
  }
  for (const [id, r] of latest) if (r.type === 'DELETE') latest.delete(id);
  return latest;
}

function compare(a: ProvenanceRevision, b: ProvenanceRevision): number {
  const t = (a.modifiedTime ?? '').localeCompare(b.modifiedTime ?? '');
  return t !== 0 ? t : (a.revision ?? '').localeCompare(b.revision ?? '');
}

/** Findings for the objects whose latest change was not made through the app `appId`. */
export function changedOutsideAppFindings(revisions: readonly ProvenanceRevision[], appId: string, describeUser: (id: string) => string = (id) => id): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const [objectId, r] of latestRevisions(revisions)) {
    if (r.appId === appId) continue;
    const who = r.modifiedBy ? ` by ${describeUser(r.modifiedBy)}` : '';
    const via = r.appId ? `through the app \`${r.appId}\`` : 'directly (Settings API or classic settings page)';
    const d = diagnostic('review/changed-outside-app', `last ${r.type === 'CREATE' ? 'created' : 'changed'}${who} ${via}, bypassing the team's guardrails`,
      { help: 'review the change; edits made in Team Alerting are checked against the team rules' });
    out.set(objectId, { ...d, rule: 'provenance' });
  }
  return out;
}

/** `items` with each object's changed-outside-app finding (if any) after its own findings: what the review lists. */
export function withChangedOutsideApp<T extends { objectId: string; findings: Finding[] }>(items: readonly T[], outside: ReadonlyMap<string, Finding>): T[] {
  if (outside.size === 0) return [...items];
  return items.map((item) => {
    const finding = outside.get(item.objectId);
    return finding ? { ...item, findings: [...item.findings, finding] } : item;
  });
}
