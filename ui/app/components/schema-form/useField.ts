/** A field's live state for its widget: the value at its path, its messages, and how to change it. */
import { useCallback } from 'react';
import type { FormField } from '../../../../lib/settings-schemas/form';
import { useForm } from './FormContext';
import { useMessagesAt, useValueAt, type FieldMessage } from './formStore';
import { readableMessage } from '../../format';

export interface FieldState {
  value: unknown;
  messages: readonly FieldMessage[];
  /** the first error, shown in the control's own error state */
  error: FieldMessage | undefined;
  onChange: (next: unknown) => void;
  disabled: boolean;
}

/** A field's state; `field` makes a property the platform never lets change read-only on an existing object. */
export function useField(path: string, field?: FormField): FieldState {
  const { store, messages, actions, disabled, editing } = useForm();
  const value = useValueAt(store, path);
  const shown = useMessagesAt(messages, path);
  const onChange = useCallback((next: unknown) => actions.change(path, next), [actions, path]);
  const fixed = editing && field !== undefined && 'modificationPolicy' in field.def && field.def.modificationPolicy === 'NEVER';
  return { value, messages: shown, error: shown.find((m) => m.severity === 'error'), onChange, disabled: disabled || fixed };
}

export const messageText = (m: FieldMessage) => readableMessage(m.help ? `${m.message} — ${m.help}` : m.message);

/** Strato's error state for a control (its hint is announced with the control). */
export function controlStateOf(error: FieldMessage | undefined): { state: 'error'; hint: string } | undefined {
  return error ? { state: 'error', hint: messageText(error) } : undefined;
}
