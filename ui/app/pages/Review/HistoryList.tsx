/**
 * The change history of the team (or one object) as a timeline: newest first across schemas, in
 * the time range the user chose, filtered by person, type and zone (lib/review's timeline and
 * filters), each entry with who, what, how it was made and its diff on demand; the filtered list
 * exports as CSV. The first page shows at once, older pages load behind it (HistoryPages), and
 * the list renders in steps so thousands of revisions stay responsive. The team's change
 * requests are merged in: a revision an approval wrote says who proposed and approved it, and
 * the requests that changed nothing are listed after the timeline.
 */
import { getAppId } from '@dynatrace-sdk/app-environment';
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { requestsBesideHistory } from '../../../../lib/approvals/history';
import type { AlertingItem, ChangeRequestView, Revision } from '../../../../lib/contracts';
import { historyCsv, historyCsvFileName } from '../../../../lib/review/history-csv';
import {
  buildTimeline, filterOptions, filterTimeline, isFiltering, NO_FILTER, objectNameOf, profilesOfRevisions, type HistoryFilter,
} from '../../../../lib/review/history-timeline';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { downloadFile } from '../../download';
import { formatTime } from '../../format';
import { useCaller } from '../../hooks/CallerContext';
import { useChangeRequests } from '../../hooks/ChangeRequestsContext';
import { isPersonPending, usePeople } from '../../hooks/usePeople';
import { schemaPageById } from '../../schemas';
import { HistoryEntry } from './HistoryEntry';
import { HistoryFilters } from './HistoryFilters';
import { whoText } from './HistoryPeople';
import { useHistoryPages } from './HistoryPages';
import { HistoryRangePicker, type RangeChoice } from './HistoryRangePicker';
import { UnappliedRequests } from './RequestNotes';

/** Entries rendered at first and added by "Show more". */
const STEP = 50;
/** Entries of the very first paint (about a screenful): the rest of STEP follows a frame later, so the first entries do not wait for fifty. */
const FIRST_PAINT = 15;

interface Props {
  teamId: string;
  objectId: string | undefined;
  objectName: string | undefined;
  names: Map<string, string>;
  onShowTeam: () => void;
  range: RangeChoice;
  onRangeChange: (next: RangeChoice) => void;
  /** the team's objects as listed (for the zones of notifications, through their profiles) */
  objects?: readonly AlertingItem[];
}

export function HistoryList({ teamId, objectId, objectName, names, onShowTeam, range, onRangeChange, objects }: Props) {
  const { data: caller } = useCaller();
  const callerId = caller?.user.id;
  const pages = useHistoryPages(teamId, objectId, range.from, range.to);
  // a refused range is shown at its field, every other failure as a banner
  const rangeProblems = pages.failure?.status === 'invalid' ? pages.failure.diagnostics.filter((d) => d.location?.path === 'from' || d.location?.path === 'to') : [];
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [shown, setShown] = useState(FIRST_PAINT);
  const [open, setOpen] = useState<string | undefined>();
  const { requests } = useChangeRequests();
  const personOf = usePeople(useMemo(() => pages.revisions.map((r) => r.modifiedBy), [pages.revisions]));
  const title = objectId ? `History of ${objectName ?? 'the object'}` : 'Team history';

  // the team's zones: the caller's own team, or a team an admin reviews read-only
  const teamZones = caller?.teams.find((t) => t.id === teamId)?.managementZones ?? caller?.capabilities.readOnlyReviewTeams.find((t) => t.id === teamId)?.managementZones;
  const zoneNames = useMemo(() => new Map((teamZones ?? []).flatMap((z) => (z.id ? [[z.id, z.name] as const] : []))), [teamZones]);
  const profiles = useMemo(() => {
    const map = profilesOfRevisions(pages.revisions);
    for (const o of objects ?? []) if (o.schemaId === 'builtin:alerting.profile') map.set(o.objectId, o.value);
    return map;
  }, [pages.revisions, objects]);
  const timeline = useMemo(() => buildTimeline(pages.revisions, { appId: getAppId(), zoneNames, profiles }), [pages.revisions, zoneNames, profiles]);
  const filtered = useMemo(() => filterTimeline(timeline, filter), [timeline, filter]);
  const options = useMemo(() => filterOptions(timeline, filter), [timeline, filter]);

  const beside = useMemo(() => {
    const b = requestsBesideHistory(
      pages.revisions,
      requests.filter((r) => r.teamId === teamId && (!objectId || r.objectId === objectId || r.outcome?.objectId === objectId)),
      pages.range,
    );
    const byRevision = new Map<Revision, ChangeRequestView>();
    pages.revisions.forEach((r, i) => { const request = b.byRevision[i]; if (request) byRevision.set(r, request); });
    return { byRevision, unpaired: b.unpaired };
  }, [pages.revisions, pages.range, requests, teamId, objectId]);

  // once the first entries are painted, the rest of the first step, as a transition (input first)
  const painted = timeline.length > 0;
  useEffect(() => {
    if (!painted) return undefined;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => Math.max(n, STEP))));
    return () => cancelAnimationFrame(frame);
  }, [painted]);

  const personText = useCallback((id: string) => whoText(id, personOf(id), isPersonPending(id)).text, [personOf]);
  const changeFilter = useCallback((next: HistoryFilter) => { setFilter(next); setShown(STEP); }, []);
  const toggle = useCallback((key: string) => setOpen((o) => (o === key ? undefined : key)), []);
  const exportCsv = () => {
    if (!pages.range) return;
    const csv = historyCsv(filtered, { person: personText, schema: (s) => schemaPageById(s)?.noun ?? s, object: (r) => objectNameOf(r, names) });
    downloadFile(csv, historyCsvFileName(teamId, pages.range), 'text/csv;charset=utf-8');
  };

  return (
    <section aria-labelledby="history-heading">
      <Flex flexDirection="column" gap={12}>
        <Flex justifyContent="space-between" alignItems="center" gap={8} flexWrap="wrap">
          <Heading level={2} id="history-heading">{title}</Heading>
          {objectId ? <Button onClick={onShowTeam}>Show team history</Button> : null}
        </Flex>
        <Flex gap={12} alignItems="flex-start" flexWrap="wrap">
          <HistoryRangePicker value={range} onChange={onRangeChange} problems={rangeProblems} />
          <HistoryFilters filter={filter} options={options} onChange={changeFilter} personLabel={(id) => personText(id)} />
        </Flex>
        {pages.range ? <Paragraph>Changes from {formatTime(pages.range.from)} to {formatTime(pages.range.to)}</Paragraph> : null}
        {pages.loading ? <PageLoading label="Loading history" /> : null}
        {pages.failure && rangeProblems.length === 0 ? <FailureBanner failure={pages.failure} onRetry={pages.revisions.length > 0 ? pages.loadMore : pages.reload} /> : null}
        {!pages.loading && pages.range ? (
          <Flex justifyContent="space-between" alignItems="center" gap={8} flexWrap="wrap">
            <Text aria-live="polite" data-testid="history-count">
              {isFiltering(filter) ? `${filtered.length} of ${timeline.length} changes match the filters` : `${timeline.length} changes`}
              {pages.loadingMore ? ' · loading older changes…' : pages.complete ? '' : ' · older changes not loaded yet'}
            </Text>
            <Button onClick={exportCsv} disabled={filtered.length === 0}>{isFiltering(filter) ? 'Export filtered list (CSV)' : 'Export list (CSV)'}</Button>
          </Flex>
        ) : null}
        {!pages.loading && pages.range && timeline.length === 0 ? <Paragraph>No changes recorded in this time range.</Paragraph> : null}
        {timeline.length > 0 && filtered.length === 0 ? <Paragraph>No change matches the filters.</Paragraph> : null}
        <Flex flexDirection="column" gap={8} as="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={title}>
          {filtered.slice(0, shown).map((e) => (
            <HistoryEntry key={e.key} entry={e} name={objectNameOf(e.revision, names)} person={e.revision.modifiedBy ? personOf(e.revision.modifiedBy) : undefined}
              callerId={callerId} request={beside.byRevision.get(e.revision)} expanded={open === e.key} onToggle={toggle} />
          ))}
        </Flex>
        <Flex gap={8} flexWrap="wrap">
          {filtered.length > shown ? <Button onClick={() => setShown((n) => n + STEP * 2)}>Show more ({filtered.length - shown} more loaded)</Button> : null}
          {!pages.loading && !pages.loadingMore && !pages.complete && !pages.failure ? <Button onClick={pages.loadMore}>Load older changes</Button> : null}
        </Flex>
        <UnappliedRequests requests={beside.unpaired} callerId={callerId} />
      </Flex>
    </section>
  );
}
