/** Placeholder until the page lands. */
import { Heading } from '@dynatrace/strato-components/typography';
import React from 'react';

export default function WorkspacePage() {
  return <Heading level={1}>WorkspacePage</Heading>;
}
