/**
 * Team-lead review: an overview of the team's alerting (objects by schema and zone, findings by
 * rule and severity, changes over 30/90 days; each bar filters the list), the findings grouped by
 * rule with why and how to fix them (one click where the fix is mechanical, else the editor at the
 * field), and the change history of the team or of one object. "Last changed outside the app"
 * (from the settings history) is one group and a mark on the object's rule findings.
 */
import { Chip } from '@dynatrace/strato-components/content';
import { Flex, Grid } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useCallback, useMemo, useState, useTransition } from 'react';
import { summaryOf } from '../../../../lib/alerting';
import type { AlertingItem, Finding } from '../../../../lib/contracts';
import { findingsSentence } from '../../../../lib/review/findings';
import type { ReviewFilter } from '../../../../lib/review/overview';
import { FailureBanner } from '../../components/FailureBanner';
import { InventoryProgress } from '../../components/InventoryProgress';
import { NotAvailable } from '../../components/NotAvailable';
import { PageLoading } from '../../components/PageLoading';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { TeamPicker } from '../../components/TeamPicker';
import { useCaller, useReviewableTeams } from '../../hooks/CallerContext';
import { useSelectedTeam } from '../../hooks/useSelectedTeam';
import { useChangedOutsideApp } from '../../hooks/useChangedOutsideApp';
import { useTeamInventory } from '../../hooks/useTeamInventory';
import { ChangesChart } from './ChangesChart';
import { FindingGroups, type RowActions } from './FindingGroups';
import { HistoryList } from './HistoryList';
import { initialRange, type RangeChoice } from './HistoryRangePicker';
import { OverviewChart } from './OverviewChart';
import { useReviewModel } from './useReviewModel';

const FILTER_NOUN: Record<ReviewFilter['kind'], string> = { schema: 'Type', zone: 'Zone', rule: 'Rule', severity: 'Severity' };

export default function ReviewPage() {
  const { data, failure, loading, reload } = useCaller();
  const teams = useReviewableTeams();
  const [team, selectTeam] = useSelectedTeam(teams);
  const inventory = useTeamInventory(team?.id);
  const [objectId, setObjectId] = useState<string | undefined>();
  const [range, setRange] = useState<RangeChoice>(initialRange);
  const [filter, setFilterNow] = useState<ReviewFilter | undefined>();
  const [, startTransition] = useTransition();
  const setFilter = useCallback((f: ReviewFilter | undefined) => startTransition(() => setFilterNow(f)), []);
  const [days, setDays] = useState<30 | 90>(30);
  // objects fixed here: their latest change is now the app's
  const [fixedHere, setFixedHere] = useState<ReadonlySet<string>>(new Set());
  const names = useMemo(() => new Map(inventory.items.map((i) => [i.objectId, i.summary])), [inventory.items]);
  const me = data?.user;
  // the history read for changes made outside the app waits for the first objects (see the hook)
  const history = useChangedOutsideApp(team?.id, me?.id, inventory.items.length > 0 || !inventory.loading);
  const outside = useMemo(() => {
    if (fixedHere.size === 0) return history.findings;
    return new Map<string, Finding>([...history.findings].filter(([id]) => !fixedHere.has(id)));
  }, [history.findings, fixedHere]);
  const model = useReviewModel(team, inventory.items, outside, history.revisions, filter, days);

  const { patch } = inventory;
  const actions = useMemo<RowActions>(() => ({
    fixTeam: (item: AlertingItem) => data?.teams.find((t) => t.id === item.teamId),
    onFixed: (id, value, code) => {
      patch((items) => items.map((i) => (i.objectId === id ? { ...i, value, summary: summaryOf(i.schemaId, value) || i.summary, findings: i.findings.filter((f) => f.code !== code) } : i)));
      setFixedHere((s) => new Set([...s, id]));
    },
    onShowHistory: setObjectId,
  }), [data, patch]);

  // the history (thousands of revisions) renders again only when its own inputs change, not on a filter click
  const teamId = team?.id;
  const historyList = useMemo(() => (teamId === undefined ? null : (
    <HistoryList key={`${teamId}-${objectId ?? 'team'}`} teamId={teamId} objectId={objectId} objectName={objectId ? names.get(objectId) : undefined} names={names} onShowTeam={() => setObjectId(undefined)} range={range} onRangeChange={setRange} objects={inventory.items} />
  )), [teamId, objectId, names, range, inventory.items]);

  if (loading && !data) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} />;
  // the route opens this page only for a caller with a team to review (lib/access), so no team here means the page rule and the answer disagree: say it as that page says it
  if (!team) return data ? <NotAvailable page="review" user={data.user} isAdmin={data.isAdmin} teams={data.teams} /> : null;

  const soFar = inventory.complete ? '' : ' so far';
  const { overview, counts } = model;
  const chartProps = (kind: ReviewFilter['kind']) => ({ kind, active: filter?.kind === kind ? filter.key : undefined, onFilter: setFilter });
  return (
    <Flex flexDirection="column" gap={24} padding={16} style={{ minWidth: 0 }}>
      <Flex justifyContent="space-between" alignItems="flex-end" flexWrap="wrap" gap={12}>
        <div>
          <Heading level={1}>Review: {team.name}</Heading>
          <Paragraph>What the team&apos;s alerting looks like, what breaks the team rules and how to fix it, and who changed what, when.</Paragraph>
        </div>
        <TeamPicker teams={teams} team={team} onChange={(id) => { setObjectId(undefined); setFilterNow(undefined); selectTeam(id); }} />
      </Flex>
      {team.readOnly ? <ReadOnlyNotice teamName={team.name} /> : null}
      <InventoryProgress inventory={inventory} noun="objects" />
      {history.failure ? <FailureBanner failure={history.failure} title="The change history could not be read, so changes made outside the app are not flagged" /> : null}
      <section aria-labelledby="overview-heading">
        <Heading level={2} id="overview-heading">Overview</Heading>
        <Text data-testid="review-counts">
          {counts.objects.toLocaleString()} objects{soFar}. {findingsSentence(counts)}{soFar}
          {counts.changedOutsideApp > 0 ? `; ${counts.changedOutsideApp.toLocaleString()} were last changed outside the app` : ''}.
        </Text>
        <Grid gridTemplateColumns="repeat(auto-fit, minmax(min(100%, 300px), 1fr))" gap={12} style={{ marginTop: 8 }}>
          <OverviewChart title="Objects by type" bars={overview.bySchema} {...chartProps('schema')} unit="Objects" empty="No objects yet." />
          <OverviewChart title="Objects by management zone" bars={overview.byZone} {...chartProps('zone')} unit="Objects" empty="No objects yet." />
          <OverviewChart title="Findings by rule" bars={overview.byRule} {...chartProps('rule')} unit="Objects" empty="No findings." />
          <OverviewChart title="Findings by severity" bars={overview.bySeverity} {...chartProps('severity')} unit="Objects (most severe finding)" empty="No findings." />
          <ChangesChart days={days} onDaysChange={setDays} buckets={model.changes} loading={history.loading} failed={history.failure !== undefined} />
        </Grid>
      </section>
      <section aria-labelledby="findings-heading">
        <Flex alignItems="center" gap={12} flexWrap="wrap">
          <Heading level={2} id="findings-heading">Findings</Heading>
          {filter ? (
            <Chip data-testid="active-filter">
              {`${FILTER_NOUN[filter.kind]}: ${filter.label}`}
              <Chip.DeleteButton aria-label={`Remove the filter ${FILTER_NOUN[filter.kind]}: ${filter.label}`} onClick={() => setFilter(undefined)} />
            </Chip>
          ) : null}
          <Text aria-live="polite">{filter ? `${model.visible.length.toLocaleString()} of ${counts.objects.toLocaleString()} objects shown` : ''}</Text>
        </Flex>
        <FindingGroups groups={model.groups} items={model.itemsById} clean={model.clean} actions={actions} resetKey={`${team.id}|${filter?.kind ?? ''}|${filter?.key ?? ''}`} loading={inventory.loading || history.loading} />
      </section>
      {historyList}
    </Flex>
  );
}
