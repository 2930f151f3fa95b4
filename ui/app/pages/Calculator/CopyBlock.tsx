/** A titled, read-only code block with copy and download buttons (labelled for screen readers and tests). */
import { Button } from '@dynatrace/strato-components/buttons';
import { CodeEditor } from '@dynatrace/strato-components/editors';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Heading } from '@dynatrace/strato-components/typography';
import React from 'react';
import { downloadFile } from '../../download';

export interface CopyBlockProps {
  title: string;
  text: string;
  language?: 'json' | 'yaml' | 'other';
  /** the download's file name and type; without them the block is copy-only */
  fileName?: string;
  mimeType?: string;
}

export function CopyBlock({ title, text, language = 'other', fileName, mimeType = 'text/plain' }: CopyBlockProps) {
  const copy = () => {
    navigator.clipboard?.writeText(text).then(
      () => showToast({ type: 'success', title: `${title} copied` }),
      () => showToast({ type: 'critical', title: 'Copy failed', message: 'select the text and copy it by hand' }),
    );
  };
  return (
    <Flex flexDirection="column" gap={4} role="group" aria-label={title}>
      <Flex justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={8}>
        <Heading level={4}>{title}</Heading>
        <Flex gap={8}>
          <Button onClick={copy} aria-label={`Copy ${title}`}>Copy</Button>
          {fileName ? <Button onClick={() => downloadFile(text, fileName, mimeType)} aria-label={`Download ${title} as ${fileName}`}>Download {fileName}</Button> : null}
        </Flex>
      </Flex>
      <CodeEditor value={text} readOnly language={language} aria-label={`${title} (read only)`} />
    </Flex>
  );
}
