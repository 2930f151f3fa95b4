/**
 * Team-lead review: the team's inventory with the compliance findings per object, and the
 * change history of the team or of one object (who, when, before/after). Objects whose latest
 * change bypassed the app get a `review/changed-outside-app` finding from the settings history.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import { withChangedOutsideApp } from '../../../../lib/review/provenance';
import { FailureBanner } from '../../components/FailureBanner';
import { InventoryProgress } from '../../components/InventoryProgress';
import { PageLoading } from '../../components/PageLoading';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { TeamPicker } from '../../components/TeamPicker';
import { useCaller, useReviewableTeams } from '../../hooks/CallerContext';
import { useSelectedTeam } from '../../hooks/useSelectedTeam';
import { useChangedOutsideApp } from '../../hooks/useChangedOutsideApp';

import { useTeamInventory } from '../../hooks/useTeamInventory';
import { FindingsTable } from './FindingsTable';
import { HistoryList } from './HistoryList';
import { initialRange, type RangeChoice } from './HistoryRangePicker';

export default function ReviewPage() {
  const { data, failure, loading, reload } = useCaller();
  const teams = useReviewableTeams();
  const [team, selectTeam] = useSelectedTeam(teams);
  const inventory = useTeamInventory(team?.id);
  const [objectId, setObjectId] = useState<string | undefined>();
  const [range, setRange] = useState<RangeChoice>(initialRange);
  const names = useMemo(() => new Map(inventory.items.map((i) => [i.objectId, i.summary])), [inventory.items]);
  const me = data?.user;
  const outside = useChangedOutsideApp(team?.id, me?.id);
  const reviewed = useMemo(() => withChangedOutsideApp(inventory.items, outside.findings), [inventory.items, outside.findings]);

  if (loading && !data) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} />;
  if (!team) {
    return (
      <Flex flexDirection="column" gap={8} padding={16}>
        <Heading level={1}>Review</Heading>
        <Paragraph>The review is for team leads. You do not lead a team; your team lead can review your team&apos;s alerting here.</Paragraph>
      </Flex>
    );
  }

  return (
    <Flex flexDirection="column" gap={24} padding={16}>
      <Flex justifyContent="space-between" alignItems="flex-end" flexWrap="wrap" gap={12}>
        <div>
          <Heading level={1}>Review: {team.name}</Heading>
          <Paragraph>Compliance findings on the team&apos;s objects and who changed what, when.</Paragraph>
        </div>
        <TeamPicker teams={teams} team={team} onChange={(id) => { setObjectId(undefined); selectTeam(id); }} />
      </Flex>
      {team.readOnly ? <ReadOnlyNotice teamName={team.name} /> : null}
      <InventoryProgress inventory={inventory} noun="objects" />
      {outside.failure ? <FailureBanner failure={outside.failure} title="The change history could not be read, so changes made outside the app are not flagged" /> : null}
      <FindingsTable items={reviewed} loading={inventory.loading || outside.loading} complete={inventory.complete} onShowHistory={setObjectId} />
      <HistoryList key={`${team.id}-${objectId ?? 'team'}`} teamId={team.id} objectId={objectId} objectName={objectId ? names.get(objectId) : undefined} names={names} onShowTeam={() => setObjectId(undefined)} range={range} onRangeChange={setRange} objects={inventory.items} />
    </Flex>
  );
}
