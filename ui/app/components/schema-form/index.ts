/** Schema-driven forms: one renderer for every settings schema, widgets pluggable per field. */
export { SchemaForm } from './SchemaForm';
export { createFormStore, createMessageStore, useValueAt, type FieldMessage, type FormStore, type MessageStore } from './formStore';
export { createWidgetRegistry, type Widget, type WidgetEntry, type WidgetProps, type WidgetRegistry } from './registry';
export { DEFAULT_WIDGETS } from './defaultWidgets';
export { useForm, type FormActions, type ReferenceOption } from './FormContext';
export { useField, controlStateOf } from './useField';
export { FieldShell } from './FieldShell';
export { OptionSelect, useReferenceOptions } from './widgets/ChoiceWidgets';
export { TextWidget, NumberWidget, BooleanWidget } from './widgets/TextWidgets';
