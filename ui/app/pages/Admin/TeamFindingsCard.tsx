/**
 * One team in the cross-team view: its objects, the objects that break a team rule by their most
 * severe finding (the same count as the team's Home and Review: `countFindings`), the rules broken
 * most often (`groupFindings`), counted while the inventory loads (with progress), and a link to
 * its review (read-only when the admin is not in it). A card not `active` yet waits for its turn
 * (the page walks a few teams at a time).
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { ProgressBar } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Text } from '@dynatrace/strato-components/typography';
import React, { useEffect, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { FailureBanner } from '../../components/FailureBanner';
import type { ReviewableTeam } from '../../hooks/CallerContext';
import { useTeamInventory } from '../../hooks/useTeamInventory';
import { countFindings, groupFindings } from '../../../../lib/review/findings';

const cell: React.CSSProperties = { textAlign: 'right', paddingLeft: 12, fontVariantNumeric: 'tabular-nums' };

export function TeamFindingsCard({ team, active, onLoaded }: { team: ReviewableTeam; active: boolean; onLoaded: (teamId: string, done: boolean) => void }) {
  const inventory = useTeamInventory(active ? team.id : undefined);
  const counts = useMemo(() => countFindings(inventory.items), [inventory.items]);
  const topRules = useMemo(() => groupFindings(inventory.items).slice(0, 3), [inventory.items]);
  const done = active && (inventory.complete || (!inventory.loading && inventory.failure !== undefined));
  useEffect(() => onLoaded(team.id, done), [onLoaded, team.id, done]);
  const headingId = `team-card-${team.id}`;
  const { bySeverity } = counts;
  const rows: Array<[string, number]> = [['Objects', counts.objects], ['Objects that break a team rule', counts.objectsWithFindings], ['… worst finding an error', bySeverity.error], ['… worst finding a warning', bySeverity.warning], ['… worst finding info', bySeverity.info]];

  return (
    <Container as="section" aria-labelledby={headingId} padding={16}>
      <Flex flexDirection="column" gap={8}>
        <Flex justifyContent="space-between" alignItems="baseline" flexWrap="wrap" gap={8}>
          <Heading level={3} id={headingId}>{team.name}</Heading>
          <Text textStyle="small">{team.readOnly ? 'read-only' : 'your team'}</Text>
        </Flex>
        {active ? null : <Text textStyle="small">Waiting for the teams before it to load…</Text>}
        <table aria-label={`Findings of ${team.name}`} style={{ borderCollapse: 'collapse' }} hidden={!active}>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{label}</th>
                <td style={cell}>{n.toLocaleString()}{inventory.complete ? '' : '+'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {topRules.length > 0 ? (
          <ul aria-label={`Rules ${team.name} breaks most`} style={{ margin: 0, paddingLeft: 20 }}>
            {topRules.map((g) => <li key={g.code}><Text textStyle="small">{g.title}</Text></li>)}
          </ul>
        ) : null}
        <div role="status" aria-live="polite">
          {inventory.loading ? <Text textStyle="small">Loaded {counts.objects.toLocaleString()} objects so far…</Text> : null}
        </div>
        {inventory.loading ? <ProgressBar density="condensed" aria-label={`Loading ${team.name}`} aria-valuetext={`${counts.objects} objects loaded so far`} /> : null}
        {inventory.failure ? <FailureBanner failure={inventory.failure} onRetry={inventory.retry} title={`Could not load all of ${team.name}'s alerting`} /> : null}
        <div>
          <Button as={Link} to={`/review?team=${encodeURIComponent(team.id)}`} aria-label={`Open the review of ${team.name}${team.readOnly ? ' (read-only)' : ''}`}>
            Open review
          </Button>
        </div>
      </Flex>
    </Container>
  );
}
