/**
 * The renderer: the fields of one object that apply now (preconditions, as the platform
 * evaluates them), each drawn by the widget the registry picks for it. Both components are
 * memoized and read the value from the store by path, so a keystroke re-renders the field typed
 * in and the objects above it, never the siblings.
 */
import React from 'react';
import { joinPath, visibleFields, type FormField } from '../../../../lib/settings-schemas/form';
import type { Props } from '../../../../lib/settings-schemas/form/schema-paths';
import { useForm } from './FormContext';
import { useValueAt } from './formStore';
import type { WidgetProps } from './registry';

interface ObjectFieldsProps {
  /** path pattern of the object (`severityRules.*`), for the per-field widget table */
  pattern: string;
  /** dotted value path of the object ('' = the top level) */
  path: string;
  properties: Props;
}

export const ObjectFields = React.memo(function ObjectFields({ pattern, path, properties }: ObjectFieldsProps) {
  const { schema, store } = useForm();
  const value = useValueAt(store, path);
  const fields = visibleFields(schema, pattern, properties, value);
  return (
    <>
      {fields.map((field) => <FieldRow key={field.key} field={field} path={joinPath(path, field.key)} />)}
    </>
  );
});

/** Shown for a field no widget is registered for: the JSON view still edits it. */
function NoWidget({ field, path }: WidgetProps) {
  return <p className="sf-help" data-field-path={path}>{field.label}: edit this field in the JSON view.</p>;
}

export const FieldRow = React.memo(function FieldRow({ field, path }: { field: FormField; path: string }) {
  const { schema, widgets } = useForm();
  const Widget = widgets.widgetFor(schema.schemaId, field) ?? NoWidget;
  return <Widget field={field} path={path} />;
});
