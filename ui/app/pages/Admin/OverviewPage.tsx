/**
 * All teams (admins): every team's objects and findings side by side, each with a link to its
 * review (read-only where the admin is not in the team), and the alerting outside every team.
 * Which teams appear is `get-context`'s answer (lib/access); the route shows this page only to
 * callers whose `capabilities.pages` include it.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useCallback, useEffect, useState } from 'react';
import { useReviewableTeams } from '../../hooks/CallerContext';
import { TeamFindingsCard } from './TeamFindingsCard';
import { UnownedAlerting } from './UnownedAlerting';
import { teamsToWalk } from './walkQueue';

/** Teams whose inventories load side by side (see walkQueue). */
const WALKS_AT_ONCE = 2;

const grid: React.CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 16 };

export default function OverviewPage() {
  const teams = useReviewableTeams();
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set());
  const onLoaded = useCallback((teamId: string, done: boolean) => {
    setLoaded((prev) => {
      if (prev.has(teamId) === done) return prev;
      const next = new Set(prev);
      if (done) next.add(teamId);
      else next.delete(teamId);
      return next;
    });
  }, []);
  const doneCount = teams.filter((t) => loaded.has(t.id)).length;
  const [started, setStarted] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => setStarted((s) => teamsToWalk(teams.map((t) => t.id), s, loaded, WALKS_AT_ONCE)), [teams, loaded]);

  return (
    <Flex flexDirection="column" gap={24} padding={16}>
      <header>
        <Heading level={1}>All teams</Heading>
        <Paragraph>Every team&apos;s alerting and findings side by side, and the alerting that no team owns.</Paragraph>
      </header>
      <section aria-labelledby="all-teams-heading">
        <Flex flexDirection="column" gap={8}>
          <Heading level={2} id="all-teams-heading">Findings per team</Heading>
          {teams.length === 0 ? (
            <Paragraph>There are no teams yet. Create the first one on the Teams page.</Paragraph>
          ) : (
            <>
              <div role="status" aria-live="polite">
                <Text textStyle="small">{doneCount === teams.length ? `All ${teams.length} teams loaded.` : `Loaded ${doneCount} of ${teams.length} teams…`}</Text>
              </div>
              <div style={grid}>
                {teams.map((team) => <TeamFindingsCard key={team.id} team={team} active={started.has(team.id)} onLoaded={onLoaded} />)}
              </div>
            </>
          )}
        </Flex>
      </section>
      <UnownedAlerting />
    </Flex>
  );
}
