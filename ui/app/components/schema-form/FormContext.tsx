/**
 * What every field of a schema form shares, set once per form: the schema, the value and
 * message stores, the edit actions (which keep preconditions settled, lib/settings-schemas/form),
 * the widgets, and the objects a reference can point at (the team's zones, its alerting profiles).
 * Kept stable while the user types: fields read the value from the store, not from here.
 */
import { createContext, useContext } from 'react';
import type { SchemaDefinition } from '../../../../lib/settings-schemas';
import type { FormStore, MessageStore } from './formStore';
import type { WidgetRegistry } from './registry';

type Value = Record<string, unknown>;

/** One object a reference field can point at, by name. */
export interface ReferenceOption {
  value: string;
  label: string;
}

export interface FormActions {
  /** sets the value at a path (undefined removes it) and settles its siblings' preconditions */
  change(path: string, next: unknown): void;
  /** replaces the whole value (for edits that keep several fields in step, e.g. a zone move) */
  update(fn: (value: Value) => Value): void;
  addItem(path: string): void;
  removeItem(path: string, index: number): void;
  moveItem(path: string, from: number, to: number): void;
  /** adds (with its defaults) or removes an optional nested object */
  toggleObject(path: string, present: boolean): void;
}

export interface FormContextValue {
  schema: SchemaDefinition;
  store: FormStore;
  messages: MessageStore;
  actions: FormActions;
  widgets: WidgetRegistry;
  /** by referenced schema (`builtin:management-zones`, `ManagementZone`, `builtin:alerting.profile`) */
  references: Readonly<Record<string, readonly ReferenceOption[]>>;
  disabled: boolean;
  /** the object exists already: properties the platform never lets change are read-only */
  editing: boolean;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useForm(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('a schema-form field is rendered outside a SchemaForm');
  return context;
}
