/**
 * Home: who the caller is, what waits on whom (change requests), their teams (role, zones, counts
 * per schema, open findings, recent changes) and their effective permissions; for an admin (the
 * cross-team view is among their pages) the teams, the unowned alerting and the calculator; a
 * clear empty state for anyone else in no team, and what stands in the way when the call
 * succeeded but the team's objects cannot be found.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { WarningsBanner } from '../../components/WarningsBanner';
import { useCaller } from '../../hooks/CallerContext';
import { AdminStart } from './AdminStart';
import { NoTeamState } from './NoTeamState';
import { PermissionsList } from './PermissionsList';
import { TeamOverview } from './TeamOverview';
import { WaitingRequests } from './WaitingRequests';

export default function HomePage() {
  const { data, failure, loading, reload } = useCaller();
  if (loading && !data) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} title="Could not load your teams" />;
  if (!data) return null;
  const administers = data.capabilities.pages.includes('overview');

  return (
    <Flex flexDirection="column" gap={24} padding={16}>
      <header>
        <Heading level={1}>Team Alerting</Heading>
        <Paragraph>
          Signed in as <Text as="span" textStyle="base-emphasized">{data.user.name}</Text> ({data.user.email})
          {data.isAdmin ? ' · Admin' : ''}
        </Paragraph>
      </header>
      <WarningsBanner warnings={data.warnings} title="Your team's alerting cannot be shown" />
      {data.teams.length > 0 ? <WaitingRequests caller={{ id: data.user.id, email: data.user.email }} /> : null}
      {administers ? <AdminStart pages={data.capabilities.pages} /> : null}
      {data.teams.length === 0 ? (
        administers ? null : <NoTeamState email={data.user.email} />
      ) : (
        <section aria-labelledby="my-teams-heading">
          <Heading level={2} id="my-teams-heading">My teams</Heading>
          <Flex flexDirection="column" gap={16} paddingTop={8}>
            {data.teams.map((team) => (
              <TeamOverview key={team.id} team={team} />
            ))}
          </Flex>
        </section>
      )}
      <PermissionsList permissions={data.permissions} />
    </Flex>
  );
}
