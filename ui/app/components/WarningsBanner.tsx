/**
 * Diagnostics of a call that succeeded but leaves the user stuck (e.g. the zone table cannot be
 * read): each message with its help, in a warning region, so the page never shows an empty
 * state without saying why.
 */
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { Diagnostic } from '../../../lib/contracts';
import { readableMessage } from '../format';

export function WarningsBanner({ warnings, title }: { warnings: readonly Diagnostic[] | undefined; title: string }) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <Container role="alert" color="warning" variant="emphasized" padding={16}>
      <Flex flexDirection="column" gap={4}>
        <Strong>{title}</Strong>
        {warnings.map((d, i) => (
          <Paragraph key={`${d.code}-${i}`}>
            {readableMessage(d.message)}
            {d.help ? <Text textStyle="small"> — {readableMessage(d.help)}</Text> : null}
          </Paragraph>
        ))}
      </Flex>
    </Container>
  );
}
