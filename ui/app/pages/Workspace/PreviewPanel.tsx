/**
 * "Will this save?": the live preview's verdict, every guardrail finding and Settings violation
 * (also those that belong to no form field), announced politely to screen readers.
 */
import { ProgressCircle } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { List, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { describeFailure } from '../../hooks/callFunction';
import type { FieldMessage } from './fieldMessages';
import type { PreviewState } from './usePreview';

const PREFIX: Record<FieldMessage['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function PreviewPanel({ preview, messages, jsonError }: { preview: PreviewState; messages: FieldMessage[]; jsonError: string | undefined }) {
  let verdict: React.ReactNode;
  let color: 'neutral' | 'success' | 'critical' | 'warning' = 'neutral';
  if (jsonError) {
    verdict = 'The JSON is not valid, so it cannot be checked';
    color = 'critical';
  } else if (preview.checking) {
    verdict = (
      <Flex alignItems="center" gap={8}>
        <ProgressCircle size="small" aria-label="Checking the change" /> Checking the change…
      </Flex>
    );
  } else if (preview.failure && preview.failure.status !== 'error') {
    // forbidden/invalid from the preview means the write would be refused; the reasons are in `messages`
    verdict = 'Saving would be refused';
    color = 'critical';
  } else if (preview.failure) {
    verdict = `Preview failed: ${describeFailure(preview.failure)}`;
    color = 'critical';
  } else if (preview.result?.approval && preview.result.validation.valid) {
    verdict = 'Needs a lead’s approval: propose the change instead of saving it';
    color = 'warning';
  } else if (preview.result) {
    const allowed = preview.result.allowed;
    verdict = allowed ? 'Ready to save: guardrails and Settings validation pass' : 'Saving would be refused';
    color = allowed ? (messages.some((m) => m.severity === 'warning') ? 'warning' : 'success') : 'critical';
  }

  return (
    <Container as="section" aria-label="Preview" color={color} variant="default" padding={12}>
      <Flex flexDirection="column" gap={4} aria-live="polite">
        <Strong>Preview</Strong>
        <div data-testid="preview-verdict">{verdict}</div>
        {messages.length > 0 ? (
          <List>
            {messages.map((m, i) => (
              <Text key={i}>
                {PREFIX[m.severity]}{m.path ? ` at ${m.path}` : ''}: {m.message}
              </Text>
            ))}
          </List>
        ) : null}
      </Flex>
    </Container>
  );
}
