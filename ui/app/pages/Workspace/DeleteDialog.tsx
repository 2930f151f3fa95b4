/**
 * Confirms a delete, then deletes with the object's current `updateToken` (read right before),
 * so a change made meanwhile by someone else stops the delete with a conflict.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Paragraph, Strong } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import type { AlertingItem, Failure } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';

export function DeleteDialog({ item, noun, onClose, onDeleted }: { item: AlertingItem; noun: string; onClose: () => void; onDeleted: () => void }) {
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();

  async function confirm() {
    setDeleting(true);
    setFailure(undefined);
    const loaded = await callFunction('get-alerting-object', { objectId: item.objectId });
    const result = loaded.status === 'ok' ? await callFunction('delete-alerting-object', { objectId: item.objectId, updateToken: loaded.object.updateToken }) : loaded;
    setDeleting(false);
    if (result.status === 'ok') {
      showToast({ type: 'success', title: `Deleted the ${noun}`, message: item.summary, lifespan: 4000 });
      onDeleted();
      return;
    }
    setFailure(result);
  }

  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose} disabled={deleting}>Cancel</Button>
      <Button variant="emphasized" color="critical" onClick={() => void confirm()} loading={deleting} disabled={deleting}>
        Delete
      </Button>
    </Flex>
  );
  return (
    <Modal title={`Delete ${noun}?`} show size="small" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={8}>
        <Paragraph>
          <Strong>{item.summary}</Strong> will be deleted from Dynatrace. Problems will no longer be routed through it. This cannot be undone.
        </Paragraph>
        {failure ? <FailureBanner failure={failure} title={`The ${noun} was not deleted`} /> : null}
      </Flex>
    </Modal>
  );
}
