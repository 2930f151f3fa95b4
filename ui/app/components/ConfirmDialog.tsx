/** A small confirmation dialog with a progress state and an optional failure. */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Paragraph } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import type { Failure } from '../../../lib/contracts';
import { FailureBanner } from './FailureBanner';

interface Props {
  title: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  failure?: Failure;
  children: React.ReactNode;
}

export function ConfirmDialog({ title, confirmLabel, onConfirm, onClose, failure, children }: Props) {
  const [busy, setBusy] = useState(false);
  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose} disabled={busy}>Cancel</Button>
      <Button variant="emphasized" color="critical" loading={busy} disabled={busy} onClick={() => { setBusy(true); void onConfirm().finally(() => setBusy(false)); }}>
        {confirmLabel}
      </Button>
    </Flex>
  );
  return (
    <Modal title={title} show size="small" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={8}>
        <Paragraph>{children}</Paragraph>
        {failure ? <FailureBanner failure={failure} /> : null}
      </Flex>
    </Modal>
  );
}
