/** Apply as it runs and when it is done: a progress bar, every step's outcome with its reason, and the summary. */
import { ProgressBar } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { List, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { ApplyReport, StepOutcome, StepReport } from '../../../../lib/config-as-code/apply';
import { schemaPageById } from '../../schemas';

const LABEL: Record<StepOutcome, string> = { applied: 'Applied', conflict: 'Changed since the plan', refused: 'Refused', failed: 'Failed', 'not-applied': 'Not applied' };

export function ApplyProgress({ steps, total, report }: { steps: StepReport[]; total: number; report?: ApplyReport }) {
  const stopped = report?.steps.find((s) => s.outcome !== 'applied' && s.outcome !== 'not-applied');
  return (
    <Flex flexDirection="column" gap={12}>
      <ProgressBar value={total === 0 ? 100 : Math.round((steps.length / total) * 100)} aria-label="Apply progress" aria-valuetext={`${steps.length} of ${total} steps`} color={stopped ? 'critical' : report ? 'success' : 'primary'}>
        <ProgressBar.Label>{report ? 'Done' : 'Applying'}: {steps.length} of {total} steps</ProgressBar.Label>
      </ProgressBar>
      <List aria-live="polite">
        {steps.map((s) => (
          <Text key={s.index}>
            <Strong>{LABEL[s.outcome]}</Strong> — {s.action} {schemaPageById(s.schemaId)?.noun ?? s.schemaId} {s.name}
            {s.diagnostics.length > 0 && s.outcome !== 'not-applied' ? `: ${s.diagnostics.map((d) => d.message).join('; ')}` : ''}
          </Text>
        ))}
      </List>
      {report ? (
        <Container role="status" color={report.complete ? 'success' : 'critical'} variant="emphasized" padding={16}>
          <Paragraph>
            {report.complete
              ? `Applied all ${report.applied} steps.`
              : `Applied ${report.applied} of ${report.steps.length} steps${stopped ? `; stopped at “${stopped.name}” (${LABEL[stopped.outcome].toLowerCase()})` : ''}. Nothing after it was written. Plan again to see what is left.`}
          </Paragraph>
        </Container>
      ) : null}
    </Flex>
  );
}
