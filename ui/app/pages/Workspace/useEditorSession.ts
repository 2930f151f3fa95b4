/**
 * One editing session of one object: the draft (in a form store, so fields subscribe to their
 * own part), what was loaded (to know whether anything changed), the update token, and saving
 * with optimistic locking. An existing object opens at once from the value the listing already
 * has; the object read right after brings its update token, and a value that changed meanwhile
 * replaces an untouched draft or, when the user already edited, is shown as a conflict.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlertingSchemaId, CallerTeam, Failure } from '../../../../lib/contracts';
import { newObjectValue } from '../../../../lib/teams/new-object';
import { sameValue } from '../../../../lib/values/same-value';
import { getAt } from '../../../../lib/values/value-path';
import { createFormStore, type FormStore } from '../../components/schema-form';
import { callFunction } from '../../hooks/callFunction';
import type { CurrentObject } from './ConflictDialog';

type Value = Record<string, unknown>;

/** A new object starts from the team's template, or from `initial` (a clone, see cloneTarget.ts). */
export type EditorTarget =
  | { kind: 'create'; initial?: { value: Value; sourceId: string; notice: string } }
  /** `listed`: the value the inventory listed, shown until the object itself is read */
  | { kind: 'edit'; objectId: string; listed?: Value; /** the field to show first (dotted path; a deep link's `field`) */ field?: string };

/** The browser's time zone: new maintenance windows are scheduled in it. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export interface EditorSession {
  store: FormStore;
  /** what the draft is compared with to know whether it changed (undefined while loading) */
  baseline: Value | undefined;
  /** the token the next save sends (the loaded object's, or the current one a conflict took over) */
  updateToken: string | undefined;
  loadFailure: Failure | undefined;
  saving: boolean;
  saveFailure: Failure | undefined;
  clearSaveFailure: () => void;
  conflict: CurrentObject | undefined;
  /** take the current value as the new draft (and its token) */
  takeTheirs: () => void;
  /** save the draft over the current value */
  overwrite: () => void;
  dismissConflict: () => void;
  save: () => Promise<'saved' | 'failed'>;
}

interface Options {
  schemaId: AlertingSchemaId;
  team: CallerTeam;
  target: EditorTarget;
  firstProfileId: string | undefined;
}

export function useEditorSession({ schemaId, team, target, firstProfileId }: Options): EditorSession {
  const objectId = target.kind === 'edit' ? target.objectId : undefined;
  const [initial] = useState<Value | undefined>(() => (target.kind === 'create'
    ? target.initial?.value ?? newObjectValue(schemaId, team, { alertingProfileId: firstProfileId, now: Date.now(), timeZone: browserTimeZone() })
    : target.listed));
  const [store] = useState(() => createFormStore(initial ?? {}));
  // the value the draft started from before the object was read (listed, or the new object)
  const listedRef = useRef(initial);
  const [baseline, setBaseline] = useState<Value | undefined>(initial);
  const [updateToken, setUpdateToken] = useState<string | undefined>();
  const [loadFailure, setLoadFailure] = useState<Failure | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState<Failure | undefined>();
  const [conflict, setConflict] = useState<CurrentObject | undefined>();

  useEffect(() => {
    if (!objectId) return undefined;
    const controller = new AbortController();
    callFunction('get-alerting-object', { objectId }, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        if (result.status !== 'ok') { setLoadFailure(result); return; }
        const { value, updateToken: token } = result.object;
        const shown = listedRef.current;
        setUpdateToken(token);
        setBaseline(value);
        if (shown === undefined || sameValue(store.get(), shown)) store.set(value);
        else if (!sameValue(value, shown)) setConflict({ objectId, value, updateToken: token });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [objectId, store]);

  // a notification made before the team's profiles arrived starts with the first one, unless the user already edited
  useEffect(() => {
    if (target.kind !== 'create' || target.initial || !firstProfileId || getAt(store.get(), 'alertingProfile') !== '') return;
    if (!sameValue(store.get(), listedRef.current)) return;
    const value = newObjectValue(schemaId, team, { alertingProfileId: firstProfileId, now: Date.now(), timeZone: browserTimeZone() });
    listedRef.current = value;
    store.set(value);
    setBaseline(value);
    // only the arrival of the first profile matters; the target and team are fixed for a session
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstProfileId]);

  const save = useCallback(async (token = updateToken): Promise<'saved' | 'failed'> => {
    const value = store.get();
    setSaving(true);
    setSaveFailure(undefined);
    const result = objectId
      ? await callFunction('update-alerting-object', { objectId, value, updateToken: token ?? '' })
      : await callFunction('create-alerting-object', { schemaId, value, teamId: team.id });
    setSaving(false);
    if (result.status === 'ok') return 'saved';
    if (result.status === 'conflict' && result.current) setConflict(result.current);
    else setSaveFailure(result);
    return 'failed';
  }, [objectId, schemaId, store, team.id, updateToken]);

  return {
    store,
    baseline,
    updateToken,
    loadFailure,
    saving,
    saveFailure,
    clearSaveFailure: useCallback(() => setSaveFailure(undefined), []),
    conflict,
    takeTheirs: () => {
      if (conflict?.value) {
        store.set(conflict.value);
        setBaseline(conflict.value);
      }
      setUpdateToken(conflict?.updateToken ?? undefined);
      setConflict(undefined);
    },
    overwrite: () => {
      const token = conflict?.updateToken ?? undefined;
      setUpdateToken(token);
      setConflict(undefined);
      void save(token);
    },
    dismissConflict: () => {
      // back to the edits: the next save answers the conflict again unless the token is current
      setConflict(undefined);
    },
    save: () => save(),
  };
}
