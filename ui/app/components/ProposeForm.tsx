/**
 * "Propose change" for a change the team's approval rule holds back: says which rule, takes the
 * reason for the lead, and sends the very draft (or delete) the user was about to save through
 * `propose-alerting-change`. The function checks it now as the proposer; a refusal is shown here,
 * the comment's at its field.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FormField, Label, TextArea } from '@dynatrace/strato-components/forms';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import type { ApprovalRequirement, Failure, ProposeAlertingChangeRequest } from '../../../lib/contracts';
import { ruleInWords } from '../changeRequests';
import { FailureBanner } from './FailureBanner';
import { callFunction } from '../hooks/callFunction';
import { useChangeRequests } from '../hooks/ChangeRequestsContext';

interface Props {
  approval: ApprovalRequirement;
  /** the change to propose, without the comment */
  proposal: Omit<ProposeAlertingChangeRequest, 'comment'> | undefined;
  noun: string;
  onProposed: () => void;
}

export function ProposeForm({ approval, proposal, noun, onProposed }: Props) {
  const { reload } = useChangeRequests();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const commentError = failure?.diagnostics.find((d) => d.location?.path === 'comment')?.message;

  async function propose() {
    if (!proposal) return;
    setBusy(true);
    setFailure(undefined);
    const result = await callFunction('propose-alerting-change', { ...proposal, comment: comment.trim() });
    setBusy(false);
    if (result.status !== 'ok') {
      setFailure(result);
      return;
    }
    showToast({ type: 'success', title: 'Change proposed', message: `It waits for a lead of team ${approval.teamId}; see Change requests`, lifespan: 5000 });
    reload();
    onProposed();
  }

  return (
    <Container as="section" aria-label="Propose the change" color="primary" padding={12}>
      <Flex flexDirection="column" gap={8}>
        <Paragraph>
          <Strong>This needs a lead&apos;s approval.</Strong> Team {approval.teamId} requires it for {ruleInWords({ ...approval.rule, description: approval.description })}.
          Propose the {noun} change: another lead of the team reviews it and applies it.
        </Paragraph>
        <FormField>
          <Label>Why is the change needed?</Label>
          <TextArea value={comment} onChange={(v: string) => setComment(v)} disabled={busy} controlState={commentError ? { state: 'error', hint: commentError } : undefined} />
        </FormField>
        {failure && !commentError ? <FailureBanner failure={failure} title="The change was not proposed" /> : null}
        <div>
          <Button variant="emphasized" color="primary" onClick={() => void propose()} loading={busy} disabled={busy || !proposal || comment.trim() === ''}>
            Propose change
          </Button>
        </div>
        {!proposal ? <Text textStyle="small">Fix the value first: it must be valid JSON.</Text> : null}
      </Flex>
    </Container>
  );
}
