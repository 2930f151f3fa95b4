/**
 * One change request: who proposes what and why, the approval rule that asked for it, where it
 * stands (decision, outcome, anything the store's record contradicts), and — while open — the
 * diff of the proposal against the object as it is now, with a warning when the object changed
 * since the proposal (an approval would be refused as stale). `actions` renders what the caller
 * may do with it (decide, withdraw).
 */
import { Chip } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, List, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';
import type { ChangeRequestView } from '../../../../lib/contracts';
import { personName, requestTitle, ruleInWords, STATE_COLOR, STATE_LABEL, waitingOnWords } from '../../changeRequests';
import { ValueDiff } from '../../components/ValueDiff';
import { formatTime, readableMessage } from '../../format';

interface Props {
  request: ChangeRequestView;
  /** the caller, with their teams to name a request's team by its display name */
  caller: { id: string; email: string; teams?: ReadonlyArray<{ id: string; name: string; managementZones?: ReadonlyArray<{ name: string; id: string | null }> }> } | undefined;
  actions?: React.ReactNode;
}

export function RequestCard({ request, caller, actions }: Props) {
  const headingId = `request-${request.id}`;
  const open = request.state === 'open';
  const before = request.operation === 'create' ? null : request.current?.value ?? null;
  const after = request.operation === 'delete' ? null : request.value;
  // the values name their zone by id: the lead reads the zone's name
  const zoneNames = useMemo(() => new Map((caller?.teams ?? []).flatMap((t) => t.managementZones ?? []).flatMap((z) => (z.id ? [[z.id, z.name] as const] : []))), [caller?.teams]);
  return (
    <Container as="article" aria-labelledby={headingId} padding={16}>
      <Flex flexDirection="column" gap={8}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={8} flexWrap="wrap">
          <Heading level={3} id={headingId}>{requestTitle(request, caller?.id)}</Heading>
          <Chip color={STATE_COLOR[request.state]}>{STATE_LABEL[request.state]}</Chip>
        </Flex>
        <Text>
          Team {caller?.teams?.find((t) => t.id === request.teamId)?.name ?? request.teamId} · proposed {formatTime(request.proposedAt)} · needs approval because the team requires it for {ruleInWords(request.rule)}
        </Text>
        {request.comment ? <Paragraph><Strong>Why: </Strong>{request.comment}</Paragraph> : null}
        {open && request.problems.length === 0 ? <Text>Waiting on {waitingOnWords(request, caller?.email)}</Text> : null}
        {request.problems.length > 0 ? (
          <Container role="alert" color="critical" padding={8}>
            <Strong>This request was altered outside the app and cannot be decided</Strong>
            <List>{request.problems.map((p, i) => <Text key={i}>{readableMessage(p.message)}</Text>)}</List>
          </Container>
        ) : null}
        {request.decision ? (
          <Text>
            {request.decision.decision === 'approve' ? 'Approved' : 'Rejected'} by {personName(request.decision.by, caller?.id)}, {formatTime(request.decision.at)}
            {request.decision.comment ? `: “${request.decision.comment}”` : ''}
          </Text>
        ) : null}
        {request.withdrawnAt ? <Text>Withdrawn {formatTime(request.withdrawnAt)}</Text> : null}
        {request.outcome && request.state !== 'approved' ? <Text>Outcome: {readableMessage(request.outcome.message)}</Text> : null}
        {open && request.baseChanged ? (
          <Container role="status" color="warning" padding={8}>
            <Text>The object changed (or was deleted) since this was proposed. Approving it now would be refused; the proposer can propose again from the current value.</Text>
          </Container>
        ) : null}
        {open ? (
          <ValueDiff
            before={before}
            after={after}
            beforeLabel="Now"
            afterLabel="Proposed"
            ariaLabel={`Proposed changes against the current ${request.objectName || 'object'}`}
            zoneNames={zoneNames}
          />
        ) : null}
        {actions}
      </Flex>
    </Container>
  );
}
