import type { Finding } from '../contracts';
import { changedOutsideAppFindings, latestRevisions, withChangedOutsideApp, type ProvenanceRevision } from './provenance';

const APP = 'my.team.alerting';
const rev = (objectId: string, modifiedTime: string, appId: string | null, type: ProvenanceRevision['type'] = 'UPDATE', modifiedBy: string | null = 'u1'): ProvenanceRevision =>
  ({ objectId, modifiedTime, appId, type, modifiedBy, revision: modifiedTime });

describe('changed-outside-app findings', () => {
  it('flags an object whose latest change came from outside the app, whatever the order of revisions', () => {
    const revisions = [
      rev('a', '2026-11-02T10:00:00Z', null),
      rev('a', '2026-11-01T10:00:00Z', APP, 'CREATE'),
      rev('b', '2026-11-01T10:00:00Z', null, 'CREATE'),
      rev('b', '2026-11-03T10:00:00Z', APP),
    ];
    const findings = changedOutsideAppFindings(revisions, APP, (id) => (id === 'u1' ? 'Max Member' : id));
    expect([...findings.keys()]).toEqual(['a']);
    expect(findings.get('a')).toMatchObject({ severity: 'warning', code: 'review/changed-outside-app', rule: 'provenance' });
    expect(findings.get('a')!.message).toBe("last changed by Max Member directly (Settings API or classic settings page), bypassing the team's guardrails");
  });

  it('names another app and says "created" for an object only ever created elsewhere', () => {
    const f = changedOutsideAppFindings([rev('c', '2026-11-01T00:00:00Z', 'other.app', 'CREATE', null)], APP);
    expect(f.get('c')!.message).toBe("last created through the app `other.app`, bypassing the team's guardrails");
  });

  it('ignores deleted objects and objects last changed through the app', () => {
    const revisions = [rev('d', '2026-11-01T00:00:00Z', null, 'CREATE'), rev('d', '2026-11-02T00:00:00Z', null, 'DELETE'), rev('e', '2026-11-01T00:00:00Z', APP, 'CREATE')];
    expect(changedOutsideAppFindings(revisions, APP).size).toBe(0);
    expect(latestRevisions(revisions).has('d')).toBe(false);
  });
});

describe('withChangedOutsideApp', () => {
  const own: Finding = { rule: 'naming', severity: 'error', code: 'guardrail/naming/prefix', location: { path: 'name' }, message: 'name must start with `[c] `' };
  it('adds the changed-outside-app finding after an object\'s own findings, and leaves the other objects as they are', () => {
    const outside = changedOutsideAppFindings([rev('a', '2026-11-02T10:00:00Z', null)], APP);
    const b = { objectId: 'b', findings: [own] };
    const [a, same] = withChangedOutsideApp([{ objectId: 'a', findings: [own] }, b], outside);
    expect(a!.findings.map((f) => f.code)).toEqual(['guardrail/naming/prefix', 'review/changed-outside-app']);
    expect(same).toBe(b);
  });
});
