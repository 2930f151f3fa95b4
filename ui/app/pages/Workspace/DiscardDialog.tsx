/** Asks before unsaved changes are thrown away (Cancel, Escape, navigating away). */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Paragraph } from '@dynatrace/strato-components/typography';
import React from 'react';

export function DiscardDialog({ noun, onKeep, onDiscard }: { noun: string; onKeep: () => void; onDiscard: () => void }) {
  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onKeep}>Keep editing</Button>
      <Button variant="emphasized" color="critical" onClick={onDiscard}>Discard changes</Button>
    </Flex>
  );
  return (
    <Modal title="Discard your changes?" show size="small" onDismiss={onKeep} footer={footer}>
      <Paragraph>You changed this {noun} and did not save it. Leaving now throws your changes away.</Paragraph>
    </Modal>
  );
}
