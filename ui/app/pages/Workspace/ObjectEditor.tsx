/**
 * Create or edit one object: the schema's whole form (one renderer for every schema) or the
 * same draft as JSON, a summary at the top that checks the draft as it changes (the form's own
 * checks at once, the guardrails and the Settings validation through the preview) and links
 * every message to its field, and Save with optimistic locking, enabled only when the preview of
 * the current draft lets it through. Changes are never thrown away without asking. A change that
 * the team's approval rule holds back (the preview or the save says so) is proposed instead, with
 * the same draft.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Tab, Tabs } from '@dynatrace/strato-components/navigation';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CallerTeam } from '../../../../lib/contracts';
import { schemaDefinitions } from '../../../../lib/settings-schemas';
import { formProblems, shownFieldPaths } from '../../../../lib/settings-schemas/form';
import { namePrefixOf, nameToFillIn, startingValuesFor } from '../../../../lib/teams/new-object';
import { sameValue } from '../../../../lib/values/same-value';
import { FailureBanner } from '../../components/FailureBanner';
import { OpenInSettingsLink } from '../../components/OpenInSettingsLink';
import { PageLoading } from '../../components/PageLoading';
import { SchemaForm, createMessageStore, useValueAt } from '../../components/schema-form';
import { atPath, focusLater } from '../../components/schema-form/widgets/listFocus';
import type { SchemaPage } from '../../schemas';
import { ConflictDialog } from './ConflictDialog';
import { DiscardDialog } from './DiscardDialog';
import { EDITOR_WIDGET_REGISTRY, referencesOf, sloZoneNames, type ProfileOption } from './editorWidgets';
import { editorVerdict } from './editorVerdict';
import { collectMessages, placeMessages } from './fieldMessages';
import { JsonView, type JsonViewHandle } from './JsonView';
import { ProblemSummary } from './ProblemSummary';
import { ProposeForm } from '../../components/ProposeForm';
import { browserTimeZone, useEditorSession, type EditorTarget } from './useEditorSession';
import { usePreview } from './usePreview';
import { useUnsavedGuard } from './useUnsavedGuard';
import './editor.css';

export type { EditorTarget } from './useEditorSession';

type Value = Record<string, unknown>;

interface Props {
  page: SchemaPage;
  team: CallerTeam;
  target: EditorTarget;
  profiles: ProfileOption[];
  canSave: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);
const isObj = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);

export function ObjectEditor({ page, team, target, profiles, canSave, onClose, onSaved }: Props) {
  const schema = schemaDefinitions[page.schemaId]!;
  const objectId = target.kind === 'edit' ? target.objectId : undefined;
  const session = useEditorSession({ schemaId: page.schemaId, team, target, firstProfileId: profiles[0]?.objectId });
  const [messageStore] = useState(createMessageStore);
  const value = useValueAt(session.store, '') as Value;
  const loading = session.baseline === undefined;
  // the JSON view's text while it is shown (it may not parse while being typed)
  const [json, setJson] = useState<{ text: string; error?: string } | undefined>();
  const [switchRefused, setSwitchRefused] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const jsonView = useRef<JsonViewHandle>(null);
  const formRoot = useRef<HTMLDivElement>(null);

  const preview = usePreview(page.schemaId, loading || json?.error ? undefined : value, objectId, team.id);
  const references = useMemo(() => ({ ...referencesOf(team, profiles), 'slo-zone-names': sloZoneNames(team) }), [team, profiles]);
  const starting = useMemo(() => startingValuesFor(page.schemaId, team, { now: Date.now(), timeZone: browserTimeZone() }), [page.schemaId, team]);

  const problems = useMemo(() => {
    const own = formProblems(schema, value);
    const name = objectId ? undefined : nameToFillIn(page.schemaId, team, value);
    if (!name) return own;
    const prefix = namePrefixOf(team);
    return [{ path: name, code: 'form/name-required' as const, message: prefix ? `enter a name after the team's prefix \`${prefix.trim()}\`` : 'enter a name' }, ...own.filter((p) => p.path !== name)];
  }, [schema, value, objectId, page.schemaId, team]);
  const collected = useMemo(() => collectMessages({
    problems,
    preview: preview.result,
    previewRefusal: preview.failure?.status === 'error' ? undefined : preview.failure,
    saveFailure: session.saveFailure,
  }), [problems, preview.result, preview.failure, session.saveFailure]);
  const { placed, byField } = useMemo(() => placeMessages(collected, shownFieldPaths(schema, value)), [collected, schema, value]);
  useLayoutEffect(() => messageStore.set(byField), [messageStore, byField]);

  // a refused save is about the value it sent: the next edit makes its answer stale
  const { clearSaveFailure } = session;
  useEffect(() => clearSaveFailure(), [value, clearSaveFailure]);

  const dirty = !loading && (json?.error ? json.text !== pretty(session.baseline) : !sameValue(value, session.baseline));
  const guard = useUnsavedGuard(dirty && !session.saving);
  // the rule that holds this change back, as the save or (for the current draft) the preview said
  const approval = session.saveFailure?.approval ?? preview.result?.approval ?? undefined;
  const proposal = json?.error ? undefined : objectId
    ? { schemaId: page.schemaId, operation: 'update' as const, objectId, updateToken: session.updateToken ?? '', value }
    : { schemaId: page.schemaId, operation: 'create' as const, value, teamId: team.id };
  const verdict = editorVerdict({
    jsonError: json?.error, checking: preview.checking, preview: preview.result, previewFailure: preview.failure,
    messages: placed, canSave, loading, needsApproval: approval !== undefined,
  });

  const requestClose = () => (dirty ? setConfirmingClose(true) : onClose());

  async function save() {
    if (verdict.blockedBecause || session.saving) return;
    if ((await session.save()) !== 'saved') return;
    showToast({ type: 'success', title: objectId ? `Saved the ${page.noun}` : `Created the ${page.noun}`, lifespan: 4000 });
    onSaved();
  }

  // opened at a field (a review finding's "Fix in editor"): go there once the object is read
  const startField = target.kind === 'edit' ? target.field : undefined;
  useEffect(() => {
    if (!loading && startField) go(startField);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the object has been read
  }, [loading, startField]);

  function go(path: string) {
    if (json) { jsonView.current?.reveal(path); return; }
    const target = formRoot.current?.querySelector<HTMLElement>(atPath(path));
    target?.scrollIntoView({ block: 'center' });
    focusLater(formRoot.current, [atPath(path)]);
  }

  function switchView(index: number) {
    if (index === 1 && !json) { setJson({ text: pretty(session.store.get()) }); return; }
    if (index === 0 && json) {
      // the form shows a value; a text that does not parse is not one yet
      if (json.error) { setSwitchRefused(true); return; }
      setSwitchRefused(false);
      setJson(undefined);
    }
  }

  function editJson(text: string) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isObj(parsed)) { setJson({ text, error: 'the value must be a JSON object' }); return; }
      setJson({ text });
      setSwitchRefused(false);
      session.store.set(parsed);
    } catch (error) {
      setJson({ text, error: (error as Error).message });
    }
  }

  const busy = session.saving;
  const footer = (
    <Flex gap={8} justifyContent="flex-end" alignItems="center" flexWrap="wrap">
      {verdict.blockedBecause && !loading ? <Text id="ta-save-reason" className="ta-save-reason">{verdict.blockedBecause}</Text> : null}
      <Button onClick={requestClose}>Cancel</Button>
      <Button
        variant="emphasized"
        color="primary"
        onClick={() => void save()}
        disabled={Boolean(verdict.blockedBecause) || busy}
        loading={busy}
        aria-describedby={verdict.blockedBecause ? 'ta-save-reason' : undefined}
      >
        {busy ? 'Saving…' : objectId ? 'Save' : 'Create'}
      </Button>
    </Flex>
  );

  return (
    <Modal title={objectId ? `Edit ${page.noun}` : `Create ${page.noun}`} show size="large" onDismiss={requestClose} footer={footer}>
      {session.loadFailure ? <FailureBanner failure={session.loadFailure} title={`Could not load the ${page.noun}`} /> : null}
      {loading && !session.loadFailure ? <PageLoading label={`Loading the ${page.noun}`} /> : null}
      {!loading ? (
        <Flex flexDirection="column" gap={12}>
          {!canSave ? <Text>You can view this {page.noun}, but your role does not allow saving it.</Text> : null}
          {target.kind === 'create' && target.initial ? <Text>{target.initial.notice}</Text> : null}
          {objectId ? <OpenInSettingsLink schemaId={page.schemaId} objectId={objectId} noun={page.noun} /> : null}
          <ProblemSummary schema={schema} verdict={verdict} messages={placed} onGo={go} />
          {approval && canSave ? <ProposeForm approval={approval} proposal={proposal} noun={page.noun} onProposed={onClose} /> : null}
          {switchRefused ? <Text className="ta-save-reason" role="alert">The JSON does not parse yet: fix it before switching to the form, so nothing you typed is lost.</Text> : null}
          <Tabs selectedIndex={json ? 1 : 0} onChange={switchView}>
            <Tab title="Form">
              <div ref={formRoot} className="ta-editor-form">
                <SchemaForm
                  schema={schema}
                  store={session.store}
                  messages={messageStore}
                  widgets={EDITOR_WIDGET_REGISTRY}
                  references={references}
                  starting={starting}
                  disabled={busy || !canSave}
                  editing={objectId !== undefined}
                  aria-label={`${page.noun} settings`}
                />
              </div>
            </Tab>
            <Tab title="JSON">
              {json ? <JsonView ref={jsonView} text={json.text} onChange={editJson} error={json.error} messages={collected} readOnly={busy || !canSave} /> : null}
            </Tab>
          </Tabs>
        </Flex>
      ) : null}
      {session.conflict ? (
        <ConflictDialog noun={page.noun} mine={value} current={session.conflict} onUseTheirs={session.takeTheirs} onOverwrite={session.overwrite} onClose={session.dismissConflict} />
      ) : null}
      {confirmingClose || guard.navigationHeld ? (
        <DiscardDialog
          noun={page.noun}
          onKeep={() => { setConfirmingClose(false); guard.stay(); }}
          onDiscard={() => { setConfirmingClose(false); if (guard.navigationHeld) guard.leave(); else onClose(); }}
        />
      ) : null}
    </Modal>
  );
}
