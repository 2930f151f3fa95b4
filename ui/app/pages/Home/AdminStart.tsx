/**
 * Home's part for an admin (shown when `get-context` lets the caller use the cross-team view):
 * the teams at a glance with a link to each one's review, how much alerting sits outside every
 * team, and the way to the Teams page and the Policy calculator. Links follow `capabilities.pages`.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { Link } from 'react-router-dom';
import type { AppPage } from '../../../../lib/access';
import { FailureBanner } from '../../components/FailureBanner';
import { useReviewableTeams } from '../../hooks/CallerContext';
import { useFunctionQuery } from '../../hooks/useFunctionQuery';

function UnownedCount() {
  const { data, failure, loading, reload } = useFunctionQuery('list-unowned-alerting', {});
  if (failure) return <FailureBanner failure={failure} onRetry={reload} title="Could not look for alerting outside every team" />;
  if (loading || !data) return <Text>Looking for alerting outside every team…</Text>;
  const n = data.items.length;
  const more = data.nextPageKey !== undefined ? ' or more' : '';
  return (
    <Text>
      {n === 0 ? 'No alerting object sits outside every team.' : `${n.toLocaleString()}${more} alerting ${n === 1 && !more ? 'object sits' : 'objects sit'} outside every team: no team can see or change ${n === 1 && !more ? 'it' : 'them'} in the app.`}
    </Text>
  );
}

export function AdminStart({ pages }: { pages: readonly AppPage[] }) {
  const teams = useReviewableTeams();
  return (
    <section aria-labelledby="admin-heading">
      <Flex flexDirection="column" gap={16}>
        <div>
          <Heading level={2} id="admin-heading">Administration</Heading>
          <Paragraph>You administer Team Alerting: the teams and their management zones, the IAM policies of their roles, and the alerting no team owns.</Paragraph>
        </div>
        <Container as="section" aria-labelledby="admin-teams-heading" padding={16}>
          <Flex flexDirection="column" gap={8}>
            <Heading level={3} id="admin-teams-heading">Teams ({teams.length})</Heading>
            {teams.length === 0 ? (
              <Paragraph>There are no teams yet. Create the first team, then generate its policies in the Policy calculator.</Paragraph>
            ) : (
              <ul aria-label="Teams" style={{ margin: 0, paddingLeft: 20 }}>
                {teams.map((t) => (
                  <li key={t.id}>
                    <Link to={`/review?team=${encodeURIComponent(t.id)}`}>Review {t.name}</Link>
                    {t.readOnly ? <Text textStyle="small"> (read-only)</Text> : null}
                  </li>
                ))}
              </ul>
            )}
            <Flex gap={8} flexWrap="wrap">
              {pages.includes('overview') ? <Button as={Link} to="/overview" variant="emphasized">All teams side by side</Button> : null}
              {pages.includes('teams') ? <Button as={Link} to="/teams">Manage teams</Button> : null}
            </Flex>
          </Flex>
        </Container>
        <Container as="section" aria-labelledby="admin-unowned-heading" padding={16}>
          <Flex flexDirection="column" gap={8}>
            <Heading level={3} id="admin-unowned-heading">Alerting outside every team</Heading>
            <UnownedCount />
          </Flex>
        </Container>
        {pages.includes('calculator') ? (
          <Container as="section" aria-labelledby="admin-calculator-heading" padding={16}>
            <Flex flexDirection="column" gap={8}>
              <Heading level={3} id="admin-calculator-heading">Policies</Heading>
              <Paragraph>Generate each team&apos;s least-privilege IAM policies, validate and simulate them, or compare them with the default policies.</Paragraph>
              <div>
                <Button as={Link} to="/calculator">Open the Policy calculator</Button>
              </div>
            </Flex>
          </Container>
        ) : null}
      </Flex>
    </section>
  );
}
