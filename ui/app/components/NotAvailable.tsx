/**
 * What a direct URL to a page the caller may not use shows: which page, who may use it, what the
 * caller is in the app (as `get-context` answered) and who can grant access — never a redirect or
 * an empty page. Which pages a caller may use is decided by lib/access (`capabilities.pages`).
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Strong } from '@dynatrace/strato-components/typography';
import React from 'react';
import { Link } from 'react-router-dom';
import { PAGE_REQUIREMENTS, type AppPage } from '../../../lib/access';
import type { CallerTeam } from '../../../lib/contracts';

const joined = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The caller's place in the app in words: admin or not, and their role in each team. */
export function callerStanding(isAdmin: boolean, teams: readonly Pick<CallerTeam, 'name' | 'role'>[]): string {
  const leads = teams.filter((t) => t.role === 'lead').map((t) => t.name);
  const members = teams.filter((t) => t.role === 'member').map((t) => t.name);
  const parts = [
    ...(isAdmin ? ['a Team Alerting admin'] : []),
    ...(leads.length > 0 ? [`lead of ${joined(leads)}`] : []),
    ...(members.length > 0 ? [`member of ${joined(members)}`] : []),
  ];
  return parts.length > 0 ? joined(parts) : 'not a member or lead of any team';
}

export function NotAvailable({ page, user, isAdmin, teams }: { page: AppPage; user: { name: string }; isAdmin: boolean; teams: readonly Pick<CallerTeam, 'name' | 'role'>[] }) {
  const need = PAGE_REQUIREMENTS[page];
  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <Heading level={1}>{need.label} is not available to you</Heading>
      <Container as="section" aria-label="Why this page is not available" padding={16}>
        <Flex flexDirection="column" gap={8}>
          <Paragraph>
            <Strong>Who can use it:</Strong> {need.label} is for {need.who}.
          </Paragraph>
          <Paragraph>
            <Strong>You:</Strong> {user.name}, {callerStanding(isAdmin, teams)}.
          </Paragraph>
          <Paragraph>
            <Strong>Who can grant it:</Strong> {need.grantedBy}.
          </Paragraph>
        </Flex>
      </Container>
      <div>
        <Button as={Link} to="/" variant="emphasized">Go to Home</Button>
      </div>
    </Flex>
  );
}
