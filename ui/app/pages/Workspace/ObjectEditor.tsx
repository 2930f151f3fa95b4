/**
 * Create or edit one object: the common fields as a form, the full value as JSON, a live
 * preview, and save with optimistic locking (a 409 opens the conflict dialog).
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { CodeEditor } from '@dynatrace/strato-components/editors';
import { FormField, Label } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Heading, Text } from '@dynatrace/strato-components/typography';
import React, { useEffect, useMemo, useState } from 'react';
import type { CallerTeam, Failure, Finding } from '../../../../lib/contracts';
import { newObjectValue } from '../../../../lib/teams/new-object';
import { FailureBanner } from '../../components/FailureBanner';
import { OpenInSettingsLink } from '../../components/OpenInSettingsLink';
import { PageLoading } from '../../components/PageLoading';
import { callFunction } from '../../hooks/callFunction';
import type { SchemaPage } from '../../schemas';
import { ConflictDialog, type CurrentObject } from './ConflictDialog';
import type { ProfileOption } from './FieldControl';
import { collectMessages } from './fieldMessages';
import { PreviewPanel } from './PreviewPanel';
import { SchemaForm } from './SchemaForm';
import { useDraft } from './useDraft';
import { usePreview } from './usePreview';

/** A new object starts from the team's template, or from `initial` (a clone, see cloneTarget.ts). */
export type EditorTarget =
  | { kind: 'create'; initial?: { value: Record<string, unknown>; sourceId: string; notice: string } }
  | { kind: 'edit'; objectId: string };

interface Props {
  page: SchemaPage;
  team: CallerTeam;
  target: EditorTarget;
  profiles: ProfileOption[];
  canSave: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function ObjectEditor({ page, team, target, profiles, canSave, onClose, onSaved }: Props) {
  const draft = useDraft();
  const objectId = target.kind === 'edit' ? target.objectId : undefined;
  const [updateToken, setUpdateToken] = useState<string | undefined>();
  const [loadFailure, setLoadFailure] = useState<Failure | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState<Failure | undefined>();
  const [conflict, setConflict] = useState<CurrentObject | undefined>();
  const preview = usePreview(page.schemaId, draft.jsonError ? undefined : draft.value, objectId, team.id);

  useEffect(() => {
    if (!objectId) {
      draft.reset(target.kind === 'create' && target.initial ? target.initial.value : newObjectValue(page.schemaId, team, { alertingProfileId: profiles[0]?.objectId, now: Date.now() }));
      return undefined;
    }
    const controller = new AbortController();
    callFunction('get-alerting-object', { objectId }, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        if (result.status === 'ok') {
          draft.reset(result.object.value);
          setUpdateToken(result.object.updateToken);
        } else setLoadFailure(result);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // the editor loads once per target; profiles arriving later must not reset the draft
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [objectId, page.schemaId]);

  const saveFindings: Finding[] = saveFailure?.findings ?? [];
  const messages = useMemo(
    () => collectMessages(preview.result, [...(preview.failure?.status === 'error' ? [] : preview.failure?.diagnostics ?? []), ...(saveFailure?.diagnostics ?? [])], saveFindings),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [preview.result, preview.failure, saveFailure],
  );

  async function save(token = updateToken) {
    if (!draft.value || draft.jsonError) return;
    setSaving(true);
    setSaveFailure(undefined);
    const result = objectId
      ? await callFunction('update-alerting-object', { objectId, value: draft.value, updateToken: token ?? '' })
      : await callFunction('create-alerting-object', { schemaId: page.schemaId, value: draft.value, teamId: team.id });
    setSaving(false);
    if (result.status === 'ok') {
      const warnings = result.findings.filter((f) => f.severity !== 'info').length;
      showToast({ type: 'success', title: objectId ? `Saved the ${page.noun}` : `Created the ${page.noun}`, message: warnings ? `${warnings} warning(s) — see the review page` : undefined, lifespan: 4000 });
      onSaved();
      return;
    }
    const failed = result;
    if (failed.status === 'conflict' && failed.current) {
      setConflict(failed.current);
      return;
    }
    setSaveFailure(failed);
    showToast({ type: 'critical', title: `Could not save the ${page.noun}`, message: failed.diagnostics[0]?.message, lifespan: 6000 });
  }

  const title = objectId ? `Edit ${page.noun}` : `Create ${page.noun}`;
  const loading = !draft.value && !loadFailure;
  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose}>Cancel</Button>
      <Button variant="emphasized" color="primary" onClick={() => void save()} disabled={!canSave || saving || loading || Boolean(draft.jsonError)} loading={saving}>
        {saving ? 'Saving…' : objectId ? 'Save' : 'Create'}
      </Button>
    </Flex>
  );

  return (
    <Modal title={title} show size="large" onDismiss={onClose} footer={footer}>
      {loadFailure ? <FailureBanner failure={loadFailure} title={`Could not load the ${page.noun}`} /> : null}
      {loading ? <PageLoading label={`Loading the ${page.noun}`} /> : null}
      {draft.value ? (
        <Flex flexDirection="column" gap={16}>
          {!canSave ? <Text>You can view this {page.noun}, but your role does not allow saving it.</Text> : null}
          {target.kind === 'create' && target.initial ? <Text>{target.initial.notice}</Text> : null}
          {objectId ? <OpenInSettingsLink schemaId={page.schemaId} objectId={objectId} noun={page.noun} /> : null}
          {saveFailure ? <FailureBanner failure={saveFailure} title={`The ${page.noun} was not saved`} /> : null}
          <Flex gap={24} flexWrap="wrap" alignItems="flex-start">
            <Flex flexDirection="column" gap={12} style={{ flex: '1 1 320px', minWidth: 0 }}>
              <Heading level={3}>Common fields</Heading>
              <SchemaForm schemaId={page.schemaId} value={draft.value} onChange={draft.setField} team={team} profiles={profiles} messages={messages} disabled={saving} />
            </Flex>
            <Flex flexDirection="column" gap={12} style={{ flex: '1 1 320px', minWidth: 0 }}>
              <PreviewPanel preview={preview} messages={messages} jsonError={draft.jsonError} />
              <FormField>
                <Label>Full value (JSON)</Label>
                <CodeEditor
                  language="json"
                  value={draft.json}
                  onChange={draft.setJson}
                  aria-label="Full value (JSON)"
                  controlState={draft.jsonError ? { state: 'error', hint: draft.jsonError } : undefined}
                  readOnly={saving}
                  lineWrap
                  style={{ maxHeight: 360, overflow: 'auto' }}
                />
              </FormField>
            </Flex>
          </Flex>
        </Flex>
      ) : null}
      {conflict ? (
        <ConflictDialog
          noun={page.noun}
          mine={draft.value ?? {}}
          current={conflict}
          onUseTheirs={() => {
            if (conflict.value) draft.reset(conflict.value);
            setUpdateToken(conflict.updateToken ?? undefined);
            setConflict(undefined);
          }}
          onOverwrite={() => {
            const token = conflict.updateToken ?? undefined;
            setUpdateToken(token);
            setConflict(undefined);
            void save(token);
          }}
          onClose={() => setConflict(undefined)}
        />
      ) : null}
    </Modal>
  );
}
