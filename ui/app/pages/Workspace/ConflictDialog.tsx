/**
 * Someone else changed (or deleted) the object since it was loaded: shows their current value
 * next to the user's edits and lets the user take theirs, overwrite with theirs as the base, or
 * go back to editing.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { Failure } from '../../../../lib/contracts';
import { ValueDiff } from '../../components/ValueDiff';

export type CurrentObject = NonNullable<Failure['current']>;

interface Props {
  noun: string;
  mine: Record<string, unknown>;
  current: CurrentObject;
  onUseTheirs: () => void;
  onOverwrite: () => void;
  onClose: () => void;
}

export function ConflictDialog({ noun, mine, current, onUseTheirs, onOverwrite, onClose }: Props) {
  const deleted = current.value === null;
  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose}>Back to my edits</Button>
      {!deleted ? <Button onClick={onUseTheirs}>Load current value</Button> : null}
      {!deleted ? <Button variant="emphasized" color="critical" onClick={onOverwrite}>Overwrite with my version</Button> : null}
    </Flex>
  );
  return (
    <Modal title="Someone else changed this" show size="large" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={12}>
        {deleted ? (
          <Paragraph>This {noun} was deleted by someone else while you were editing it. Your edits were not saved.</Paragraph>
        ) : (
          <>
            <Paragraph>
              This {noun} was changed by someone else after you opened it, so your save was stopped instead of overwriting their change.
              Compare the current value with yours, then load the current value and re-apply your edits, or overwrite it.
            </Paragraph>
            <Heading level={3}>Current value compared with your version</Heading>
            <ValueDiff before={current.value} after={mine} beforeLabel="Current (theirs)" afterLabel="Yours" ariaLabel="Current value compared with yours" />
            <Heading level={3}>Current value</Heading>
            <pre tabIndex={0} role="region" aria-label="Current value" style={{ maxHeight: 240, overflow: 'auto', margin: 0, fontSize: 12 }}>{JSON.stringify(current.value, null, 2)}</pre>
          </>
        )}
      </Flex>
    </Modal>
  );
}
