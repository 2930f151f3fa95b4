/**
 * Change requests: for leads, the changes waiting for their approval (each with the diff against
 * the current object, the rule that asked for approval, approve / reject with a comment); for
 * everyone in a team, their own requests and where each stands (withdraw while open); for leads,
 * what was decided in their teams recently.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import type { ChangeRequestView, Failure } from '../../../../lib/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { callFunction } from '../../hooks/callFunction';
import { useCaller } from '../../hooks/CallerContext';
import { useChangeRequests } from '../../hooks/ChangeRequestsContext';
import { DecisionForm } from './DecisionForm';
import { RequestCard } from './RequestCard';

const RECENT = 10;

export default function RequestsPage() {
  const { data: caller, loading: callerLoading, failure: callerFailure, reload: reloadCaller } = useCaller();
  const { requests, waiting, loading, failure, reload } = useChangeRequests();
  const [withdrawing, setWithdrawing] = useState<ChangeRequestView | undefined>();
  const [withdrawFailure, setWithdrawFailure] = useState<Failure | undefined>();
  const me = caller ? { id: caller.user.id, email: caller.user.email, teams: caller.teams } : undefined;
  const mine = useMemo(() => requests.filter((r) => r.proposer.id === me?.id), [requests, me?.id]);
  const decided = useMemo(() => requests.filter((r) => r.proposer.id !== me?.id && r.state !== 'open').slice(0, RECENT), [requests, me?.id]);
  const decides = (caller?.capabilities.decideTeamIds.length ?? 0) > 0;

  if (callerLoading && !caller) return <PageLoading label="Loading your teams" />;
  if (callerFailure) return <FailureBanner failure={callerFailure} onRetry={reloadCaller} />;
  if (caller && caller.teams.length === 0) {
    return (
      <Flex flexDirection="column" gap={8} padding={16}>
        <Heading level={1}>Change requests</Heading>
        <Paragraph>Change requests are proposed and decided within a team. You are not in a team yet.</Paragraph>
      </Flex>
    );
  }

  async function withdraw(request: ChangeRequestView) {
    setWithdrawFailure(undefined);
    const result = await callFunction('withdraw-change-request', { id: request.id, version: request.version });
    if (result.status !== 'ok') {
      setWithdrawFailure(result);
      return;
    }
    showToast({ type: 'success', title: 'Withdrawn', message: request.objectName || undefined, lifespan: 4000 });
    setWithdrawing(undefined);
    reload();
  }

  return (
    <Flex flexDirection="column" gap={24} padding={16}>
      <header>
        <Heading level={1}>Change requests</Heading>
        <Paragraph>Changes your team requires a lead&apos;s approval for: proposed here, decided by a lead other than the proposer, written with the lead&apos;s permissions.</Paragraph>
      </header>
      {loading && requests.length === 0 ? <PageLoading label="Loading change requests" /> : null}
      {failure ? <FailureBanner failure={failure} onRetry={reload} title="Could not load the change requests" /> : null}
      {decides ? (
        <section aria-labelledby="waiting-heading">
          <Heading level={2} id="waiting-heading">Changes waiting for approval ({waiting.onYou.length})</Heading>
          <Flex flexDirection="column" gap={12} paddingTop={8}>
            {waiting.onYou.length === 0 && !loading ? <Paragraph>Nothing waits for your approval.</Paragraph> : null}
            {waiting.onYou.map((r) => (
              <RequestCard key={r.id} request={r} caller={me} actions={<DecisionForm key={r.version} request={r} onDecided={reload} />} />
            ))}
          </Flex>
        </section>
      ) : null}
      <section aria-labelledby="mine-heading">
        <Heading level={2} id="mine-heading">Your requests ({mine.length})</Heading>
        <Flex flexDirection="column" gap={12} paddingTop={8}>
          {mine.length === 0 && !loading ? <Paragraph>You have not proposed a change. When a save needs a lead&apos;s approval, the editor offers to propose it.</Paragraph> : null}
          {mine.map((r) => (
            <RequestCard key={r.id} request={r} caller={me} actions={r.canWithdraw ? (
              <div><Button onClick={() => { setWithdrawFailure(undefined); setWithdrawing(r); }}>Withdraw</Button></div>
            ) : undefined} />
          ))}
        </Flex>
      </section>
      {decides && decided.length > 0 ? (
        <section aria-labelledby="decided-heading">
          <Heading level={2} id="decided-heading">Recently in your teams</Heading>
          <Flex flexDirection="column" gap={12} paddingTop={8}>
            {decided.map((r) => <RequestCard key={r.id} request={r} caller={me} />)}
          </Flex>
        </section>
      ) : null}
      {withdrawing ? (
        <ConfirmDialog title="Withdraw the change request?" confirmLabel="Withdraw" onConfirm={() => withdraw(withdrawing)} onClose={() => setWithdrawing(undefined)} failure={withdrawFailure}>
          {withdrawing.objectName || 'The change'} will not be decided. You can propose it again later.
        </ConfirmDialog>
      ) : null}
    </Flex>
  );
}
