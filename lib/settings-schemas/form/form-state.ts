/**
 * Between a settings value and what a form shows: each field's control value (`controlOf`) and
 * the value a control's input writes back (`valueOfControl`), and the whole form as a tree of
 * the fields that are shown (`formStateOf`) that turns back into the value (`valueOfFormState`).
 * The renderer uses the same two mappings per field, so "value → form → value is the identity"
 * (the round-trip tests) means every property of a valid value is on the form and survives it.
 *
 * Empty means absent for nullable fields (the platform treats a missing nullable property as
 * null); a required field left empty keeps its empty value, so the check can name it.
 */
import { setAt } from '../../values/value-path';
import type { SchemaDefinition } from '../types';
import { visibleFields, type FormField } from './fields';
import { joinPath, type Props } from './schema-paths';

/** What a control shows: text (or null for nothing chosen), a number, a switch state, or a list's items. */
export type ControlValue = string | number | boolean | null | readonly unknown[];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The control value of a field's raw value. */
export function controlOf(field: FormField, raw: unknown): ControlValue {
  switch (field.control.kind) {
    case 'number': return typeof raw === 'number' ? raw : null;
    case 'boolean': return typeof raw === 'boolean' ? raw : null;
    case 'text-list': case 'reference-list': case 'object-list': return Array.isArray(raw) ? (raw as unknown[]) : [];
    default: return typeof raw === 'string' ? raw : null;
  }
}

/** The raw value a control's input writes (undefined = leave the property out). */
export function valueOfControl(field: FormField, control: ControlValue): unknown {
  if (control === null || (control === '' && field.nullable)) return field.nullable || field.control.kind === 'boolean' ? undefined : control;
  return control;
}

export type FormState =
  | { kind: 'object'; fields: Array<{ key: string; state: FormState }> }
  | { kind: 'items'; items: FormState[] }
  | { kind: 'control'; field: FormField; control: ControlValue }
  /** a value the form cannot show (wrong shape): kept as it is, for the JSON view to fix */
  | { kind: 'raw'; raw: unknown };

function stateOfField(schema: SchemaDefinition, field: FormField, raw: unknown): FormState | undefined {
  const { control } = field;
  if (control.kind === 'object') {
    if (raw === undefined) return undefined;
    return isObj(raw) ? objectState(schema, field.pattern, control.properties, raw) : { kind: 'raw', raw };
  }
  if (control.kind === 'object-list' || control.kind === 'text-list' || control.kind === 'reference-list') {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) return { kind: 'raw', raw };
    return { kind: 'items', items: (raw as unknown[]).map((item): FormState => stateOfField(schema, control.item, item) ?? { kind: 'raw', raw: item }) };
  }
  return { kind: 'control', field, control: controlOf(field, raw) };
}

function objectState(schema: SchemaDefinition, pattern: string, props: Props, value: Obj): FormState {
  const fields: Array<{ key: string; state: FormState }> = [];
  for (const field of visibleFields(schema, pattern, props, value)) {
    const raw: unknown = Object.hasOwn(value, field.key) ? value[field.key] : undefined;
    const state = stateOfField(schema, field, raw);
    if (state) fields.push({ key: field.key, state });
  }
  return { kind: 'object', fields };
}

/** The form a value is shown as: every field shown, with its control value. */
export function formStateOf(schema: SchemaDefinition, value: Obj): FormState {
  return objectState(schema, '', schema.properties, value);
}

function valueOfState(state: FormState): unknown {
  switch (state.kind) {
    case 'raw': return state.raw;
    case 'control': return valueOfControl(state.field, state.control);
    case 'items': return state.items.map(valueOfState);
    case 'object': {
      let out: Obj = {};
      for (const { key, state: child } of state.fields) {
        const v = valueOfState(child);
        if (v !== undefined) out = setAt(out, key, v);
      }
      return out;
    }
  }
}

/** The value a form shows (the inverse of `formStateOf` for valid values). */
export function valueOfFormState(state: FormState): Obj {
  const v = valueOfState(state);
  return isObj(v) ? v : {};
}

/** Dotted paths of every field a form shows for `value`, collection items and their fields included. */
export function shownFieldPaths(schema: SchemaDefinition, value: Obj): string[] {
  const out: string[] = [];
  const walk = (state: FormState, path: string) => {
    if (state.kind === 'object') for (const { key, state: child } of state.fields) { out.push(joinPath(path, key)); walk(child, joinPath(path, key)); }
    if (state.kind === 'items') state.items.forEach((item, i) => { out.push(joinPath(path, i)); walk(item, joinPath(path, i)); });
  };
  walk(formStateOf(schema, value), '');
  return out;
}
