/** A titled, read-only code block with a copy button (labelled for screen readers and tests). */
import { Button } from '@dynatrace/strato-components/buttons';
import { CodeEditor } from '@dynatrace/strato-components/editors';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Heading } from '@dynatrace/strato-components/typography';
import React from 'react';

export interface CopyBlockProps {
  title: string;
  text: string;
  language?: 'json' | 'yaml' | 'other';
}

export function CopyBlock({ title, text, language = 'other' }: CopyBlockProps) {
  const copy = () => {
    navigator.clipboard?.writeText(text).then(
      () => showToast({ type: 'success', title: `${title} copied` }),
      () => showToast({ type: 'critical', title: 'Copy failed', message: 'select the text and copy it by hand' }),
    );
  };
  return (
    <Flex flexDirection="column" gap={4} role="group" aria-label={title}>
      <Flex justifyContent="space-between" alignItems="center">
        <Heading level={4}>{title}</Heading>
        <Button onClick={copy} aria-label={`Copy ${title}`}>Copy</Button>
      </Flex>
      <CodeEditor value={text} readOnly language={language} aria-label={`${title} (read only)`} />
    </Flex>
  );
}
