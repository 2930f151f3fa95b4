/**
 * Confirms a delete, then deletes with the object's current `updateToken` (read right before),
 * so a change made meanwhile by someone else stops the delete with a conflict. An alerting
 * profile that problem notifications still use is refused by the function with the list of
 * them; the dialog then shows that list and offers to delete them too (each at the version
 * shown), so nothing goes without being seen and confirmed. A delete the team's approval rule
 * holds back is proposed instead, at the version the delete was refused at.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { List, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import type { AlertingItem, Dependant, Failure } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';
import { ProposeForm } from '../../components/ProposeForm';

/** The dependants a refused delete listed, when it listed any. */
const dependantsOf = (result: Failure): Dependant[] | undefined => ('dependants' in result && Array.isArray(result.dependants) ? (result.dependants as Dependant[]) : undefined);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function DeleteDialog({ item, noun, onClose, onDeleted }: { item: AlertingItem; noun: string; onClose: () => void; onDeleted: (deletedIds: string[]) => void }) {
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [dependants, setDependants] = useState<Dependant[] | undefined>();
  const [withDependants, setWithDependants] = useState(false);
  /** the delete needs a lead's approval: propose it at the version it was refused at */
  const [proposeAt, setProposeAt] = useState<{ approval: NonNullable<Failure['approval']>; updateToken: string } | undefined>();
  const allDeletable = dependants?.every((d) => d.deletable) ?? false;

  async function confirm() {
    setDeleting(true);
    setFailure(undefined);
    const loaded = await callFunction('get-alerting-object', { objectId: item.objectId });
    const confirmed = withDependants && dependants ? dependants.map(({ objectId, updateToken }) => ({ objectId, updateToken })) : undefined;
    const result = loaded.status === 'ok'
      ? await callFunction('delete-alerting-object', { objectId: item.objectId, updateToken: loaded.object.updateToken, ...(confirmed ? { withDependants: confirmed } : {}) })
      : loaded;
    setDeleting(false);
    if (result.status === 'ok') {
      const together = 'deletedDependants' in result ? result.deletedDependants : [];
      showToast({ type: 'success', title: `Deleted the ${noun}`, message: together.length ? `${item.summary} and ${plural(together.length, 'problem notification')}` : item.summary, lifespan: 4000 });
      onDeleted([item.objectId, ...together]);
      return;
    }
    if (result.approval && loaded.status === 'ok') {
      setProposeAt({ approval: result.approval, updateToken: loaded.object.updateToken });
      return;
    }
    const listed = dependantsOf(result);
    if (listed) {
      // a new list must be confirmed afresh
      setDependants(listed);
      setWithDependants(false);
    }
    // the first "in use" is what the list below says; every other refusal (a dependant that
    // appeared or changed after it was confirmed, a stop half-way) is shown as it is
    setFailure(listed && !confirmed && result.diagnostics.every((d) => d.code === 'dependency/in-use') ? undefined : result);
  }

  const blockedByDependants = dependants !== undefined && dependants.length > 0 && !withDependants;
  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose} disabled={deleting}>Cancel</Button>
      <Button variant="emphasized" color="critical" onClick={() => void confirm()} loading={deleting} disabled={deleting || blockedByDependants || proposeAt !== undefined}>
        {withDependants ? 'Delete all' : 'Delete'}
      </Button>
    </Flex>
  );
  return (
    <Modal title={`Delete ${noun}?`} show size="small" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={8}>
        <Paragraph>
          <Strong>{item.summary}</Strong> will be deleted from Dynatrace. Problems will no longer be routed through it. This cannot be undone.
        </Paragraph>
        {dependants && dependants.length > 0 ? (
          <Flex flexDirection="column" gap={4} aria-label="Problem notifications that use it" role="group">
            <Paragraph>
              It is used by {plural(dependants.length, 'problem notification')}, which would be left without an alerting profile:
            </Paragraph>
            <List>
              {dependants.map((d) => (
                <Text key={d.objectId}>
                  {d.name || d.objectId}
                  {d.deleted ? ' (deleted)' : ''}
                  {!d.deletable ? ' (not your team’s to delete)' : ''}
                </Text>
              ))}
            </List>
            {allDeletable ? (
              <Checkbox name="with-dependants" value={withDependants} onChange={(v: boolean) => setWithDependants(v)} disabled={deleting}>
                Delete {dependants.length === 1 ? 'it' : `these ${dependants.length}`} too
              </Checkbox>
            ) : (
              <Paragraph>Point them at another alerting profile first, or ask their owners to.</Paragraph>
            )}
          </Flex>
        ) : null}
        {failure ? <FailureBanner failure={failure} title={`The ${noun} was not deleted`} /> : null}
        {proposeAt ? (
          <ProposeForm
            approval={proposeAt.approval}
            proposal={{ schemaId: item.schemaId, operation: 'delete', objectId: item.objectId, updateToken: proposeAt.updateToken }}
            noun={noun}
            onProposed={onClose}
          />
        ) : null}
      </Flex>
    </Modal>
  );
}
