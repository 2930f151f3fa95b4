/** Home's "what waits on whom": changes waiting for the caller's approval, and the caller's own proposals with the leads they wait on. */
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Link as TextLink, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { Link } from 'react-router-dom';
import { requestTitle, waitingOnWords } from '../../changeRequests';
import { useChangeRequests } from '../../hooks/ChangeRequestsContext';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function WaitingRequests({ caller }: { caller: { id: string; email: string } }) {
  const { waiting, loading } = useChangeRequests();
  const { onYou, yours } = waiting;
  return (
    <Container as="section" aria-labelledby="waiting-heading" padding={16}>
      <Flex flexDirection="column" gap={8}>
        <Heading level={2} id="waiting-heading">Change requests</Heading>
        {onYou.length === 0 && yours.length === 0 ? <Paragraph>{loading ? 'Loading…' : 'Nothing waits on anyone.'}</Paragraph> : null}
        {onYou.length > 0 ? (
          <section aria-label="Waiting for your approval">
            <Heading level={3}>{plural(onYou.length, 'change waits', 'changes wait')} for your approval</Heading>
            <List>{onYou.slice(0, 5).map((r) => <Text key={r.id}>{requestTitle(r, caller.id)}</Text>)}</List>
          </section>
        ) : null}
        {yours.length > 0 ? (
          <section aria-label="Your proposals">
            <Heading level={3}>Your {plural(yours.length, 'proposal')} waiting</Heading>
            <List>{yours.slice(0, 5).map((r) => <Text key={r.id}>{r.objectName || r.schemaId}: waits on {waitingOnWords(r, caller.email)}</Text>)}</List>
          </section>
        ) : null}
        <TextLink as={Link} to="/requests">Open change requests</TextLink>
      </Flex>
    </Container>
  );
}
