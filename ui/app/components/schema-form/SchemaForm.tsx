/**
 * One renderer for every schema: the fields of the schema definition, drawn by the widgets of
 * the registry, editing the value in `store`. Edits go through lib/settings-schemas/form, so a
 * field that stops applying is dropped and one that starts applying begins with its starting
 * value (`starting`, else the schema's default). Messages are placed per field in `messages`.
 */
import React, { useMemo } from 'react';
import type { SchemaDefinition } from '../../../../lib/settings-schemas';
import { addItem, applyEdit, moveItem, removeItem, toggleOptionalObject, type Starting } from '../../../../lib/settings-schemas/form';
import { FormContext, type FormActions, type FormContextValue, type ReferenceOption } from './FormContext';
import type { FormStore, MessageStore } from './formStore';
import { ObjectFields } from './ObjectFields';
import type { WidgetRegistry } from './registry';
import './schema-form.css';

interface Props {
  schema: SchemaDefinition;
  store: FormStore;
  messages: MessageStore;
  widgets: WidgetRegistry;
  references: Readonly<Record<string, readonly ReferenceOption[]>>;
  starting?: Starting;
  disabled?: boolean;
  /** an existing object: fields with `modificationPolicy: NEVER` cannot change */
  editing?: boolean;
  'aria-label'?: string;
}

const none: Starting = () => undefined;

export function SchemaForm({ schema, store, messages, widgets, references, starting = none, disabled = false, editing = false, 'aria-label': ariaLabel }: Props) {
  const actions = useMemo<FormActions>(() => ({
    change: (path, next) => store.set(applyEdit(schema, store.get(), path, next, starting)),
    update: (fn) => store.set(fn(store.get())),
    addItem: (path) => store.set(addItem(schema, store.get(), path, starting)),
    removeItem: (path, index) => store.set(removeItem(store.get(), path, index)),
    moveItem: (path, from, to) => store.set(moveItem(store.get(), path, from, to)),
    toggleObject: (path, present) => store.set(toggleOptionalObject(schema, store.get(), path, present, starting)),
  }), [schema, store, starting]);
  const context = useMemo<FormContextValue>(
    () => ({ schema, store, messages, actions, widgets, references, disabled, editing }),
    [schema, store, messages, actions, widgets, references, disabled, editing],
  );
  return (
    <FormContext.Provider value={context}>
      <div className="sf-form" role="group" aria-label={ariaLabel ?? schema.displayName}>
        <ObjectFields pattern="" path="" properties={schema.properties} />
      </div>
    </FormContext.Provider>
  );
}
