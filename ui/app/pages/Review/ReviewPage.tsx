/** Placeholder until the page lands. */
import { Heading } from '@dynatrace/strato-components/typography';
import React from 'react';

export default function ReviewPage() {
  return <Heading level={1}>ReviewPage</Heading>;
}
