/** One team on the home page: role, zones, objects per schema, open findings, recent changes. */
import { Container, Flex, Grid } from '@dynatrace/strato-components/layouts';
import { Chip } from '@dynatrace/strato-components/content';
import { Heading, Link as TextLink, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { CallerTeam } from '../../../../lib/contracts';
import { countFindings, ruleFindings } from '../../../../lib/review/findings';
import { InventoryProgress } from '../../components/InventoryProgress';
import { PersonName } from '../../components/PersonName';
import { formatTime, readableMessage } from '../../format';
import { useCaller } from '../../hooks/CallerContext';
import { usePeople } from '../../hooks/usePeople';
import { useTeamInventory } from '../../hooks/useTeamInventory';
import { SCHEMA_PAGES, schemaPageById } from '../../schemas';

export function TeamOverview({ team }: { team: CallerTeam }) {
  const inventory = useTeamInventory(team.id);
  const headingId = `team-${team.id}-heading`;
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const item of inventory.items) map.set(item.schemaId, (map.get(item.schemaId) ?? 0) + 1);
    return map;
  }, [inventory.items]);
  // the review's count (lib/review): objects that break a team rule
  const findingCounts = useMemo(() => countFindings(inventory.items), [inventory.items]);
  const withFindings = useMemo(() => inventory.items.filter((i) => ruleFindings(i.findings).length > 0), [inventory.items]);
  const recent = useMemo(
    () => [...inventory.items].filter((i) => i.modified !== null).sort((a, b) => (b.modified ?? 0) - (a.modified ?? 0)).slice(0, 5),
    [inventory.items],
  );
  const personOf = usePeople(useMemo(() => recent.map((i) => i.modifiedBy), [recent]));
  const { data: caller } = useCaller();
  // counts so far, marked as such until every page is in
  const soFar = inventory.complete ? '' : '…';

  return (
    <Container as="article" aria-labelledby={headingId} padding={16}>
      <Flex flexDirection="column" gap={12}>
        <Flex alignItems="center" gap={8} flexWrap="wrap">
          <Heading level={3} id={headingId}>{team.name}</Heading>
          <Chip color={team.role === 'lead' ? 'primary' : 'neutral'}>{team.role === 'lead' ? 'Lead' : 'Member'}</Chip>
        </Flex>
        <Text>Management zones: {team.managementZones.map((z) => z.name).join(', ') || 'none'}</Text>
        {team.rules.naming ? <Text>Naming: {team.rules.naming.kind === 'prefix' ? `names start with “${team.rules.naming.value}”` : `names match ${team.rules.naming.value}`}</Text> : null}
        <InventoryProgress inventory={inventory} noun="objects" />
        <Grid gridTemplateColumns="repeat(auto-fill, minmax(180px, 1fr))" gap={8} as="ul" aria-label={`${team.name}: objects per schema`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {SCHEMA_PAGES.map((page) => (
            <li key={page.schemaId}>
              <TextLink as={Link} to={`/workspace/${page.slug}?team=${team.id}`}>
                {page.title}: {(counts.get(page.schemaId) ?? 0).toLocaleString()}{soFar}
              </TextLink>
            </li>
          ))}
        </Grid>
        <Flex gap={24} flexWrap="wrap">
          <section aria-label={`${team.name}: open findings`} style={{ flex: '1 1 300px' }}>
            <Heading level={4}>Open findings ({findingCounts.objectsWithFindings.toLocaleString()}{soFar})</Heading>
            {caller?.capabilities.reviewTeamIds.includes(team.id) ? <TextLink as={Link} to={`/review?team=${team.id}`}>Review the findings and fix them</TextLink> : null}
            {withFindings.length === 0 ? (
              <Paragraph>{inventory.loading ? 'Loading…' : 'No open findings.'}</Paragraph>
            ) : (
              <List>
                {withFindings.slice(0, 5).map((item) => (
                  <span key={item.objectId}>
                    {item.summary}: {readableMessage(ruleFindings(item.findings)[0]!.message)}
                    {ruleFindings(item.findings).length > 1 ? ` (+${ruleFindings(item.findings).length - 1})` : ''}
                  </span>
                ))}
              </List>
            )}
          </section>
          <section aria-label={`${team.name}: recent changes`} style={{ flex: '1 1 300px' }}>
            <Heading level={4}>Recent changes</Heading>
            {recent.length === 0 ? (
              <Paragraph>{inventory.loading ? 'Loading…' : 'No changes yet.'}</Paragraph>
            ) : (
              <List>
                {recent.map((item) => (
                  <span key={item.objectId}>
                    {schemaPageById(item.schemaId)?.noun}: {item.summary} — {item.modifiedBy ? <PersonName person={personOf(item.modifiedBy)} callerId={caller?.user.id} /> : 'unknown'}, {formatTime(item.modified)}
                  </span>
                ))}
              </List>
            )}
          </section>
        </Flex>
      </Flex>
    </Container>
  );
}
