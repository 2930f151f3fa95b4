/**
 * Change requests in the history: the note under a revision that an approved request produced
 * (who proposed it and why, who approved it), and the decided requests that changed nothing
 * (rejected, withdrawn, stale, failed). The pairing is lib/approvals' `requestsBesideHistory`.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, List, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { ChangeRequestView } from '../../../../lib/contracts';
import { personName, requestTitle, STATE_LABEL } from '../../changeRequests';
import { formatTime } from '../../format';

const quoted = (s: string | undefined) => (s ? ` (“${s}”)` : '');

export function RequestNote({ request, callerId }: { request: ChangeRequestView; callerId: string | undefined }) {
  const d = request.decision;
  return (
    <Text textStyle="small">
      Through a change request: proposed by {personName(request.proposer, callerId)}{quoted(request.comment)}
      {d ? `, approved by ${personName(d.by, callerId)}${quoted(d.comment)}` : ''}
    </Text>
  );
}

export function UnappliedRequests({ requests, callerId }: { requests: ChangeRequestView[]; callerId: string | undefined }) {
  if (requests.length === 0) return null;
  return (
    <Flex flexDirection="column" gap={4} as="section" aria-labelledby="unapplied-heading">
      <Heading level={3} id="unapplied-heading">Change requests that changed nothing</Heading>
      <List>
        {requests.map((r) => (
          <Text key={r.id}>
            {requestTitle(r, callerId)}: {STATE_LABEL[r.state].toLowerCase()}
            {r.decision ? ` by ${personName(r.decision.by, callerId)}${quoted(r.decision.comment)}` : ''} · {formatTime(r.decision?.at ?? r.withdrawnAt ?? r.proposedAt)}
          </Text>
        ))}
      </List>
    </Flex>
  );
}
