/**
 * What the review shows, derived from the streamed inventory and the history: zones per object,
 * the overview's bars, the findings grouped by rule after the active filter, the objects without
 * findings and the one count Home shows too. Every step is one pass over the items (5,000 objects:
 * a filter click recomputes the filtered groups only).
 */
import { getAppId } from '@dynatrace-sdk/app-environment';
import { useMemo } from 'react';
import type { AlertingItem, CallerTeam, Finding, Revision } from '../../../../lib/contracts';
import { countFindings, groupFindings, OUTSIDE_APP_CODE, ruleFindings } from '../../../../lib/review/findings';
import { changesOverTime, matchesFilter, reviewOverview, zonesByObject, type ReviewFilter } from '../../../../lib/review/overview';
import { schemaPageById } from '../../schemas';

const schemaLabel = (schemaId: string) => schemaPageById(schemaId)?.title ?? schemaId;

export function useReviewModel(team: Pick<CallerTeam, 'managementZones'> | undefined, items: readonly AlertingItem[], outside: ReadonlyMap<string, Finding>, revisions: readonly Revision[], filter: ReviewFilter | undefined, days: 30 | 90) {
  const zones = useMemo(() => zonesByObject(items, team?.managementZones ?? []), [items, team]);
  const overview = useMemo(() => reviewOverview(items, zones, outside, schemaLabel), [items, zones, outside]);
  const counts = useMemo(() => countFindings(items, outside), [items, outside]);
  const itemsById = useMemo(() => new Map(items.map((i) => [i.objectId, i])), [items]);
  const visible = useMemo(() => items.filter((i) => matchesFilter(i, filter, zones, outside)), [items, filter, zones, outside]);
  const groups = useMemo(() => {
    const all = groupFindings(visible, outside);
    // a rule's bar shows that rule's group; the objects' other findings stay in their own groups
    return filter?.kind === 'rule' ? all.filter((g) => g.code === filter.key) : all;
  }, [visible, outside, filter]);
  const clean = useMemo(
    () => (filter?.kind === 'rule' || filter?.kind === 'severity' ? [] : visible.filter((i) => ruleFindings(i.findings).length === 0 && !outside.has(i.objectId) && !i.findings.some((f) => f.code === OUTSIDE_APP_CODE))),
    [visible, outside, filter],
  );
  const changes = useMemo(() => changesOverTime(revisions, getAppId(), Date.now(), days), [revisions, days]);
  return { overview, counts, itemsById, visible, groups, clean, changes };
}
