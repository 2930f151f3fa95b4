/** Says that the team shown is one the caller may only read (an admin reviewing a team they are not in). */
import { Container } from '@dynatrace/strato-components/layouts';
import { Paragraph, Strong } from '@dynatrace/strato-components/typography';
import React from 'react';

export function ReadOnlyNotice({ teamName }: { teamName: string }) {
  return (
    <Container role="note" aria-label="Read-only" color="neutral" variant="emphasized" padding={12}>
      <Paragraph>
        <Strong>Read-only: you are not in this team.</Strong> As an admin you can review {teamName}&apos;s alerting and history, but
        changes are made by its members and decided by its leads.
      </Paragraph>
    </Container>
  );
}
