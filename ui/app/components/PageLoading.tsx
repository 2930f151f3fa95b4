/** Centered progress indicator with an accessible label, for pages and panels that are loading. */
import { ProgressCircle } from '@dynatrace/strato-components/content';
import { Flex } from '@dynatrace/strato-components/layouts';
import React from 'react';

export function PageLoading({ label }: { label: string }) {
  return (
    <Flex justifyContent="center" padding={32} role="status" aria-live="polite">
      <ProgressCircle aria-label={label} />
    </Flex>
  );
}
