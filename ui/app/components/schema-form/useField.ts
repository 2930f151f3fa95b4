/** A field's live state for its widget: the value at its path, its messages, and how to change it. */
import { useCallback } from 'react';
import { useForm } from './FormContext';
import { useMessagesAt, useValueAt, type FieldMessage } from './formStore';

export interface FieldState {
  value: unknown;
  messages: readonly FieldMessage[];
  /** the first error, shown in the control's own error state */
  error: FieldMessage | undefined;
  onChange: (next: unknown) => void;
  disabled: boolean;
}

export function useField(path: string): FieldState {
  const { store, messages, actions, disabled } = useForm();
  const value = useValueAt(store, path);
  const shown = useMessagesAt(messages, path);
  const onChange = useCallback((next: unknown) => actions.change(path, next), [actions, path]);
  return { value, messages: shown, error: shown.find((m) => m.severity === 'error'), onChange, disabled };
}

export const messageText = (m: FieldMessage) => (m.help ? `${m.message} — ${m.help}` : m.message);

/** Strato's error state for a control (its hint is announced with the control). */
export function controlStateOf(error: FieldMessage | undefined): { state: 'error'; hint: string } | undefined {
  return error ? { state: 'error', hint: messageText(error) } : undefined;
}
