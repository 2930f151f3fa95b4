/**
 * Approve or reject one change request with a comment, at the version the lead is looking at (the
 * function refuses a decision on anything else). A refusal stays next to the buttons; a decision
 * reloads the shared list so the badge and Home update too.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FormField, Label, TextArea } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import React, { useState } from 'react';
import type { ChangeRequestView, Failure } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';

export function DecisionForm({ request, onDecided }: { request: ChangeRequestView; onDecided: () => void }) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();

  async function decide(decision: 'approve' | 'reject') {
    setBusy(decision);
    setFailure(undefined);
    const result = await callFunction('decide-change-request', { id: request.id, version: request.version, decision, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    setBusy(undefined);
    if (result.status === 'ok') {
      showToast({ type: 'success', title: decision === 'approve' ? 'Approved and applied' : 'Rejected', message: request.objectName || undefined, lifespan: 4000 });
      onDecided();
      return;
    }
    setFailure(result);
    // a stale or already decided request changed state: show the new state as well
    if (result.status === 'conflict') onDecided();
  }

  return (
    <Flex flexDirection="column" gap={8}>
      <FormField>
        <Label>Comment for {request.proposer.name || 'the proposer'}</Label>
        <TextArea value={comment} onChange={(v: string) => setComment(v)} disabled={busy !== undefined} />
      </FormField>
      {failure ? <FailureBanner failure={failure} title={failure.status === 'conflict' ? 'Not applied' : 'Not decided'} /> : null}
      <Flex gap={8}>
        <Button variant="emphasized" color="primary" onClick={() => void decide('approve')} loading={busy === 'approve'} disabled={busy !== undefined || request.baseChanged}>
          Approve and apply
        </Button>
        <Button variant="default" color="critical" onClick={() => void decide('reject')} loading={busy === 'reject'} disabled={busy !== undefined}>
          Reject
        </Button>
      </Flex>
    </Flex>
  );
}
