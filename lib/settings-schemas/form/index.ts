/**
 * The form model of the settings schemas (pure): which control edits each property, what a
 * field shows and writes back, which fields are shown (preconditions), how edits and list
 * operations keep a value as the platform reads it, and the checks a field runs as you type.
 * `ui/app/components/schema-form` renders it; nothing here knows React.
 */
export { objectFields, visibleFields, effectiveGetter, type FieldControl, type FormField, type EnumOption } from './fields';
export {
  addItem, applyEdit, defaultValueOf, moveItem, removeItem, settleObject, startingValueOf, toggleOptionalObject, type Starting,
} from './edits';
export { controlOf, formStateOf, shownFieldPaths, valueOfControl, valueOfFormState, type ControlValue, type FormState } from './form-state';
export { fieldProblem, formProblems, type FieldProblem } from './field-checks';
export { fieldTrail, itemSummary } from './item-summary';
export { joinPath, parentPath, pathPattern, propsAt, targetOf, type PathTarget } from './schema-paths';
export { timeZoneOptions } from './time-zones';
export { unitOf } from './units';
