/** Shows a function failure (status + diagnostics with their help) as an alert region. */
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Button } from '@dynatrace/strato-components/buttons';
import { Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { Failure } from '../../../lib/contracts';
import { readableMessage } from '../format';

const TITLE: Record<Failure['status'], string> = {
  invalid: 'The request was not valid',
  forbidden: 'Not allowed',
  conflict: 'Someone else changed this',
  'not-found': 'Not found',
  error: 'Something went wrong',
};

export function FailureBanner({ failure, onRetry, title }: { failure: Failure; onRetry?: () => void; title?: string }) {
  return (
    <Container role="alert" color="critical" variant="emphasized" padding={16}>
      <Flex flexDirection="column" gap={4}>
        <Strong>{title ?? TITLE[failure.status]}</Strong>
        {failure.diagnostics.map((d, i) => (
          <Paragraph key={`${d.code}-${i}`}>
            {readableMessage(d.message)}
            {d.help ? <Text textStyle="small"> — {readableMessage(d.help)}</Text> : null}
          </Paragraph>
        ))}
        {onRetry ? (
          <div>
            <Button variant="emphasized" onClick={onRetry}>Try again</Button>
          </div>
        ) : null}
      </Flex>
    </Container>
  );
}
