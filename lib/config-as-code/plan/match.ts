/**
 * Which current object each desired object describes. Monaco's own rule
 * (`pkg/client/dtclient/settings_client.go`, upsert) is: the object whose objectId is the config's
 * `originObjectId` (written by download/export) or whose `externalId` is the config's
 * (`monaco:` + base64 of `project$schemaId$configId`). The app's guarded create does not set an
 * externalId today, so a config added by hand is also matched by its name within the team and
 * schema — only when that name is unique on both sides, never by guesswork. Only the caller's team
 * objects are candidates, so an originObjectId naming someone else's object matches nothing.
 */
import { displayNameOf } from '../../alerting/naming';
import { error, info, quoted, warning } from '../diagnostics';
import type { CurrentObject, DesiredObject, MacDiagnostic, PlanStep } from '../types';

export interface MatchedPair {
  desired: DesiredObject;
  current?: CurrentObject;
  by?: PlanStep['matchedBy'];
  /** it describes an object another config already describes (an error): no step for it */
  duplicate?: boolean;
}

export interface MatchResult {
  pairs: MatchedPair[];
  unmatched: CurrentObject[];
  diagnostics: MacDiagnostic[];
}

const nameKey = (schemaId: string, value: unknown) => `${schemaId}\u0000${displayNameOf(schemaId, value)}`;

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

export function matchObjects(desired: readonly DesiredObject[], current: readonly CurrentObject[]): MatchResult {
  const diagnostics: MacDiagnostic[] = [];
  const byObjectId = new Map(current.map((c) => [c.objectId, c]));
  const byExternalId = new Map(current.filter((c) => c.externalId).map((c) => [`${c.schemaId}\u0000${c.externalId}`, c]));
  const claimedBy = new Map<string, DesiredObject>();
  const pairs = new Map<DesiredObject, MatchedPair>(desired.map((d) => [d, { desired: d }]));
  const claim = (d: DesiredObject, c: CurrentObject, by: NonNullable<PlanStep['matchedBy']>): boolean => {
    const first = claimedBy.get(c.objectId);
    if (first) {
      diagnostics.push(error('mac/plan/duplicate-match', `${quoted(d.coordinate.configId)} and ${quoted(first.coordinate.configId)} both describe the object ${quoted(c.objectId)}`,
        d.entry, 'keep one of the two configs, or remove `originObjectId` from the copy'));
      pairs.set(d, { desired: d, duplicate: true });
      return true;
    }
    claimedBy.set(c.objectId, d);
    pairs.set(d, { desired: d, current: c, by });
    return true;
  };

  const rest: DesiredObject[] = [];
  for (const d of desired) {
    const c = d.originObjectId !== undefined ? byObjectId.get(d.originObjectId) : undefined;
    if (c && c.schemaId === d.schemaId) { claim(d, c, 'origin-object-id'); continue; }
    if (d.originObjectId !== undefined) {
      diagnostics.push(info('mac/plan/origin-object-missing', `the origin object of ${quoted(d.coordinate.configId)} is not one of the team's objects`, d.entry,
        'it was deleted, or it belongs to another team: the config is matched by externalId or name, or created'));
    }
    rest.push(d);
  }
  const afterExternal: DesiredObject[] = [];
  for (const d of rest) {
    const c = byExternalId.get(`${d.schemaId}\u0000${d.externalId}`);
    if (c && !claimedBy.has(c.objectId)) claim(d, c, 'external-id');
    else afterExternal.push(d);
  }
  const freeByName = new Map<string, CurrentObject[]>();
  for (const c of current) {
    if (claimedBy.has(c.objectId)) continue;
    const key = nameKey(c.schemaId, c.value);
    freeByName.set(key, [...(freeByName.get(key) ?? []), c]);
  }
  const desiredNames = countBy(afterExternal, (d) => nameKey(d.schemaId, d.value));
  for (const d of afterExternal) {
    const key = nameKey(d.schemaId, d.value);
    const candidates = freeByName.get(key) ?? [];
    if (candidates.length === 0) continue;
    if (candidates.length === 1 && desiredNames.get(key) === 1) claim(d, candidates[0]!, 'name');
    else {
      diagnostics.push(warning('mac/plan/ambiguous-name', `several objects are named ${quoted(displayNameOf(d.schemaId, d.value))}, so ${quoted(d.coordinate.configId)} is planned as a new object`,
        d.entry, 'add `originObjectId` to the config to say which object it describes'));
    }
  }
  return { pairs: desired.map((d) => pairs.get(d)!), unmatched: current.filter((c) => !claimedBy.has(c.objectId)), diagnostics };
}
