/**
 * One team in the cross-team view: its objects and findings by severity, counted while the team's
 * inventory loads (with progress), and a link to its review (read-only when the admin is not in it).
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
import { countFindings } from './teamFindings';

const cell: React.CSSProperties = { textAlign: 'right', paddingLeft: 12, fontVariantNumeric: 'tabular-nums' };

export function TeamFindingsCard({ team, onLoaded }: { team: ReviewableTeam; onLoaded: (teamId: string, done: boolean) => void }) {
  const inventory = useTeamInventory(team.id);
  const counts = useMemo(() => countFindings(inventory.items), [inventory.items]);
  const done = inventory.complete || (!inventory.loading && inventory.failure !== undefined);
  useEffect(() => onLoaded(team.id, done), [onLoaded, team.id, done]);
  const headingId = `team-card-${team.id}`;
  const rows: Array<[string, number]> = [['Objects', counts.objects], ['Objects with findings', counts.withFindings], ['Errors', counts.error], ['Warnings', counts.warning], ['Info', counts.info]];

  return (
    <Container as="section" aria-labelledby={headingId} padding={16}>
      <Flex flexDirection="column" gap={8}>
        <Flex justifyContent="space-between" alignItems="baseline" flexWrap="wrap" gap={8}>
          <Heading level={3} id={headingId}>{team.name}</Heading>
          <Text textStyle="small">{team.readOnly ? 'read-only' : 'your team'}</Text>
        </Flex>
        <table aria-label={`Findings of ${team.name}`} style={{ borderCollapse: 'collapse' }}>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{label}</th>
                <td style={cell}>{n.toLocaleString()}{inventory.complete ? '' : '+'}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
