/** Read-only view of the caller's own teams for non-admins (team mappings are admin-managed). */
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { CallerTeam } from '../../../../lib/contracts';
import { schemaPageById } from '../../schemas';

export function OwnTeams({ teams }: { teams: CallerTeam[] }) {
  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <Heading level={1}>Teams</Heading>
      <Paragraph>Team mappings are managed by your Dynatrace admins. This is a read-only view of your own teams.</Paragraph>
      {teams.length === 0 ? <Paragraph>You are not in any team.</Paragraph> : null}
      {teams.map((t) => (
        <Container key={t.id} as="section" aria-label={`Team ${t.name}`} padding={16}>
          <Flex flexDirection="column" gap={4}>
            <Heading level={2}>{t.name}</Heading>
            <Text>Your role: {t.role}</Text>
            <Text>Management zones: {t.managementZones.map((z) => z.name).join(', ') || 'none'}</Text>
            <Text>Naming: {t.rules.naming ? `${t.rules.naming.kind} “${t.rules.naming.value}” (${t.rules.naming.mode})` : 'no rule'}</Text>
            <Text>Allowed schemas: {t.rules.allowedSchemas.map((s) => schemaPageById(s)?.title ?? s).join(', ') || 'none'}</Text>
            <Text>Notification types: {t.rules.notifications.allowedTypes.join(', ') || 'none'}; e-mail domains: {t.rules.notifications.emailDomains.join(', ') || 'any'}</Text>
          </Flex>
        </Container>
      ))}
    </Flex>
  );
}
