/**
 * The value a form edits, outside React state: every field subscribes to its own path
 * (`useValueAt`), so a keystroke re-renders the field typed in and the objects on its path, not
 * the whole form. Messages are stored the same way, per field path (`useMessagesAt`), so a new
 * preview answer re-renders only the fields whose messages changed.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { getAt } from '../../../../lib/values/value-path';

type Value = Record<string, unknown>;
type Listener = () => void;

export interface FormStore {
  get: () => Value;
  set: (next: Value) => void;
  subscribe: (listener: Listener) => () => void;
}

export function createFormStore(initial: Value): FormStore {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The value at a dotted path ('' = the whole value), re-rendering only when that part changes. */
export function useValueAt(store: FormStore, path: string): unknown {
  const read = useCallback(() => (path === '' ? store.get() : getAt(store.get(), path)), [store, path]);
  return useSyncExternalStore(store.subscribe, read);
}

/** The number of items of the collection at a path: re-renders only when items come or go. */
export function useCountAt(store: FormStore, path: string): number {
  const read = useCallback(() => {
    const v = getAt(store.get(), path);
    return Array.isArray(v) ? v.length : 0;
  }, [store, path]);
  return useSyncExternalStore(store.subscribe, read);
}

/** A message shown at a field. */
export interface FieldMessage {
  severity: 'error' | 'warning' | 'info';
  code: string;
  /** lowercase, no trailing period (the platform's own texts are shown as they come) */
  message: string;
  help?: string;
  /** where it was found (dotted value path, '' = the whole object) */
  path: string;
  /** form: the field's own check; guardrail: the team's rules; settings: the platform's validation */
  source: 'form' | 'guardrail' | 'settings';
}

const NONE: readonly FieldMessage[] = Object.freeze([]);

export interface MessageStore {
  at: (path: string) => readonly FieldMessage[];
  /** replace all messages: `byField` maps a field path to the messages shown there */
  set: (byField: ReadonlyMap<string, readonly FieldMessage[]>) => void;
  subscribe: (listener: Listener) => () => void;
}

const sameMessages = (a: readonly FieldMessage[], b: readonly FieldMessage[]) =>
  a.length === b.length && a.every((m, i) => m.message === b[i]!.message && m.severity === b[i]!.severity && m.code === b[i]!.code && m.help === b[i]!.help);

export function createMessageStore(): MessageStore {
  let byField = new Map<string, readonly FieldMessage[]>();
  const listeners = new Set<Listener>();
  return {
    at: (path) => byField.get(path) ?? NONE,
    set(next) {
      const merged = new Map<string, readonly FieldMessage[]>();
      let changed = next.size !== byField.size;
      for (const [path, messages] of next) {
        // keep the old array when nothing changed, so the field does not re-render
        const old = byField.get(path);
        if (old && sameMessages(old, messages)) merged.set(path, old);
        else { merged.set(path, messages); changed = true; }
      }
      byField = merged;
      if (changed) for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useMessagesAt(store: MessageStore, path: string): readonly FieldMessage[] {
  const read = useCallback(() => store.at(path), [store, path]);
  return useSyncExternalStore(store.subscribe, read);
}
