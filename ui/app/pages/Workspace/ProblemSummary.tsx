/**
 * The top of the editor: the verdict on the draft and every message about it, each once, each a
 * link to its field (focus and scroll in the form, the line in the JSON view). Announced
 * politely, so a screen reader hears the verdict change without losing its place.
 */
import { ProgressCircle } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Link, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { SchemaDefinition } from '../../../../lib/settings-schemas';
import { fieldTrail } from '../../../../lib/settings-schemas/form/item-summary';
import type { Verdict } from './editorVerdict';
import type { PlacedMessage } from './fieldMessages';
import { readableMessage } from '../../format';

const PREFIX: Record<PlacedMessage['severity'], string> = { error: '', warning: 'Warning: ', info: 'Note: ' };

interface Props {
  schema: SchemaDefinition;
  verdict: Verdict;
  messages: readonly PlacedMessage[];
  onGo: (path: string) => void;
}

export function ProblemSummary({ schema, verdict, messages, onGo }: Props) {
  const checking = verdict.title.startsWith('Checking');
  return (
    <Container as="section" aria-label="Check of the change" color={verdict.tone} variant="default" padding={12}>
      <Flex flexDirection="column" gap={4} aria-live="polite">
        <Strong data-testid="preview-verdict">
          {checking ? <ProgressCircle size="small" aria-label="Checking the change" /> : null} {verdict.title}
        </Strong>
        {messages.length > 0 ? (
          <ul className="ta-summary-list">
            {messages.map((m, i) => {
              const trail = fieldTrail(schema, m.at ?? '').join(' › ');
              const text = `${PREFIX[m.severity]}${trail ? `${trail}: ` : ''}${readableMessage(m.message)}${m.help ? ` — ${readableMessage(m.help)}` : ''}`;
              return (
                <li key={i}>
                  {m.at !== undefined ? (
                    <Link href={`#${m.at}`} onClick={(e: React.MouseEvent) => { e.preventDefault(); onGo(m.at!); }}>{text}</Link>
                  ) : (
                    <Text>{text}</Text>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </Flex>
    </Container>
  );
}
