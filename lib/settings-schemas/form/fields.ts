/**
 * The form model of a schema: for every property, what kind of control edits it (text, secret,
 * switch, number with unit and range, select of an enum's display names, date/time/time zone,
 * reference picker, nested object, list of objects or of text) with its label, help text and
 * whether it must be filled. Derived from the definition alone, once per field (cached), so a
 * form renders any of the schemas without a hand-written form.
 */
import { preconditionHolds } from '../preconditions';
import type { ItemDefinition, PropertyConstraint, SchemaDefinition } from '../types';
import { labelOfValue } from './labels';
import { enumOf, isCollection, joinPath, typeNameOf, typeOf, type Def, type Props } from './schema-paths';
import { unitOf } from './units';

export interface EnumOption { value: string; label: string; description?: string }

export type FieldControl =
  | { kind: 'text'; multiline: boolean; subType?: string }
  | { kind: 'secret' }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number; unit?: string }
  | { kind: 'enum'; options: EnumOption[] }
  | { kind: 'date' } | { kind: 'time' } | { kind: 'date-time' } | { kind: 'time-zone' }
  /** the id of another settings object (`setting`, or text that names a management zone) */
  | { kind: 'reference'; referencedType: string }
  | { kind: 'object'; typeName: string; properties: Props; summaryPattern?: string }
  | { kind: 'object-list'; item: FormField; ordered: boolean }
  | { kind: 'text-list'; item: FormField }
  | { kind: 'reference-list'; item: FormField; referencedType: string };

export interface FormField {
  /** the property's key ('' for a collection element) */
  key: string;
  /** the value path with collection indexes as `*` (`filters.*.managementZones`) */
  pattern: string;
  label: string;
  /** the schema's description of the property ('' when it has none) */
  help: string;
  nullable: boolean;
  /** an empty value is refused (a non-nullable text that needs characters, a collection that needs items) */
  required: boolean;
  /** collection size limits (collections only) */
  minItems?: number;
  maxItems?: number;
  def: Def;
  control: FieldControl;
}

const cache = new WeakMap<SchemaDefinition, Map<string, FormField[]>>();

function rangeOf(constraints: PropertyConstraint[] | undefined): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const c of constraints ?? []) {
    if (c.type !== 'RANGE') continue;
    if (c.minimum !== undefined) out.min = c.minimum;
    if (c.maximum !== undefined) out.max = c.maximum;
  }
  return out;
}

const maxLengthOf = (constraints: PropertyConstraint[] | undefined) =>
  Math.max(0, ...(constraints ?? []).map((c) => (c.type === 'LENGTH' ? c.maxLength ?? 0 : 0)));

/** Whether an empty value of this definition is refused. */
function refusesEmpty(def: Def): boolean {
  if ('nullable' in def && def.nullable) return false;
  if (isCollection(def)) return (def.minObjects ?? 0) > 0;
  return (def.constraints ?? []).some((c) => (c.type === 'LENGTH' && (c.minLength ?? 0) > 0) || c.type === 'NOT_BLANK' || c.type === 'NOT_EMPTY');
}

function leafControl(schema: SchemaDefinition, def: Def, pattern: string): FieldControl {
  const en = enumOf(schema, def);
  if (en) {
    const label = (i: { value: string; displayName: string }) => (i.displayName === i.value ? labelOfValue(i.value) : i.displayName);
    return { kind: 'enum', options: en.items.map((i) => ({ value: i.value, label: label(i), ...(i.description ? { description: i.description } : {}) })) };
  }
  const type = typeOf(schema, def);
  if (type) return { kind: 'object', typeName: typeNameOf(def)!, properties: type.properties, ...(type.summaryPattern ? { summaryPattern: type.summaryPattern } : {}) };
  switch (def.type) {
    case 'secret': return { kind: 'secret' };
    case 'boolean': return { kind: 'boolean' };
    case 'integer': case 'float':
      return { kind: 'number', integer: def.type === 'integer', ...rangeOf(def.constraints), ...unitPart(schema.schemaId, pattern, def.subType) };
    case 'local_date': return { kind: 'date' };
    case 'local_time': return { kind: 'time' };
    case 'local_date_time': return { kind: 'date-time' };
    case 'time_zone': return { kind: 'time-zone' };
    case 'setting': return { kind: 'reference', referencedType: def.referencedType ?? '' };
    default: {
      // a text that holds a management-zone id (a metric event's query zone) is picked like a `setting`
      if (def.referencedType) return { kind: 'reference', referencedType: def.referencedType };
      const initial = 'default' in def ? def.default : undefined;
      // long templates (payloads, bodies) read better on several lines
      const multiline = def.subType === 'multiline' || maxLengthOf(def.constraints) >= 5000 || (typeof initial === 'string' && initial.includes('\n'));
      return { kind: 'text', multiline, ...(def.subType ? { subType: def.subType } : {}) };
    }
  }
}

function unitPart(schemaId: string, pattern: string, subType: string | undefined): { unit?: string } {
  const unit = unitOf(schemaId, pattern, subType);
  return unit ? { unit } : {};
}

function fieldOf(schema: SchemaDefinition, key: string, def: Def, pattern: string, label: string): FormField {
  const base = {
    key, pattern, label, help: def.description ?? '', nullable: 'nullable' in def ? def.nullable : false,
    required: refusesEmpty(def), def,
  };
  if (!isCollection(def)) return { ...base, control: leafControl(schema, def, pattern) };
  const items: ItemDefinition = def.items ?? { type: 'text' };
  const itemPattern = joinPath(pattern, '*');
  const item = fieldOf(schema, '', items, itemPattern, items.displayName ?? label);
  const sizes = { minItems: def.minObjects ?? 0, maxItems: def.maxObjects };
  if (item.control.kind === 'object') return { ...base, ...sizes, control: { kind: 'object-list', item, ordered: def.type === 'list' } };
  if (item.control.kind === 'reference') return { ...base, ...sizes, control: { kind: 'reference-list', item, referencedType: item.control.referencedType } };
  return { ...base, ...sizes, control: { kind: 'text-list', item } };
}

/**
 * Every property of the object whose path pattern is `pattern` ('' = the top level), in the
 * definition's order, whether or not it is shown now (see `visibleFields`).
 */
export function objectFields(schema: SchemaDefinition, pattern: string, props: Props): FormField[] {
  let bySchema = cache.get(schema);
  if (!bySchema) cache.set(schema, (bySchema = new Map<string, FormField[]>()));
  let fields = bySchema.get(pattern);
  if (!fields) {
    fields = Object.entries(props).map(([key, def]) => fieldOf(schema, key, def, joinPath(pattern, key), def.displayName));
    bySchema.set(pattern, fields);
  }
  return fields;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The effective value of a sibling as preconditions see it: the value sent, else its default. */
export function effectiveGetter(props: Props, value: unknown): (key: string) => unknown {
  const obj = isObj(value) ? value : {};
  return (k) => (Object.hasOwn(obj, k) ? obj[k] : Object.hasOwn(props, k) ? props[k]!.default : undefined);
}

/** The fields shown for `value`: those whose precondition holds (as the platform evaluates it). */
export function visibleFields(schema: SchemaDefinition, pattern: string, props: Props, value: unknown): FormField[] {
  const get = effectiveGetter(props, value);
  return objectFields(schema, pattern, props).filter((f) => preconditionHolds('precondition' in f.def ? f.def.precondition : undefined, get));
}
