/**
 * The checks a form runs as the user types, per field and from the field's own definition:
 * required, type, length, pattern, blank/trimmed text, number range and collection size. They
 * are the part of the platform's validation that needs no other object and no permission, so a
 * field says what is wrong before the preview answers; the preview's own answer for the same
 * field is then the same finding and is not shown twice (see the editor's message placement).
 */
import type { FormCode } from '../codes';
import { checkPrimitive } from '../primitives';
import type { PrimitiveType, PropertyConstraint, SchemaDefinition } from '../types';
import { visibleFields, type FormField } from './fields';
import { joinPath, type Props } from './schema-paths';

export interface FieldProblem {
  /** dotted value path of the field */
  path: string;
  /** stable code, catalogued in `lib/settings-schemas/codes.ts` */
  code: FormCode;
  /** lowercase, no trailing period, user input in backticks */
  message: string;
}

const regexCache = new Map<string, RegExp | null>();
function compiled(pattern: string): RegExp | null {
  let r = regexCache.get(pattern);
  if (r === undefined) {
    try { r = new RegExp(pattern, 'u'); } catch { r = null; }
    regexCache.set(pattern, r);
  }
  return r;
}

/** Dynatrace's custom messages are sentences; ours are lowercase fragments without a period. */
const asFragment = (m: string) => m.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

function textProblem(constraints: PropertyConstraint[] | undefined, v: string): [FormCode, string] | undefined {
  for (const c of constraints ?? []) {
    if (c.type === 'LENGTH') {
      if (c.minLength !== undefined && v.length < c.minLength) return ['form/length', c.minLength === 1 ? 'enter a value' : `enter at least ${c.minLength} characters`];
      if (c.maxLength !== undefined && v.length > c.maxLength) return ['form/length', `at most ${c.maxLength} characters (now ${v.length})`];
    }
  }
  for (const c of constraints ?? []) {
    if ((c.type === 'NOT_BLANK' || c.type === 'NOT_EMPTY') && v.trim() === '') return ['form/blank', 'enter a value'];
    if (c.type === 'TRIMMED' && v !== v.trim()) return ['form/trimmed', 'remove the spaces at the start and end'];
    if (c.type === 'NO_WHITESPACE' && /\s/.test(v)) return ['form/pattern', 'must not contain spaces'];
    if (c.type === 'PATTERN' && !(compiled(c.pattern)?.test(v) ?? true)) {
      return ['form/pattern', c.customMessage ? asFragment(c.customMessage) : `does not match \`${c.pattern}\``];
    }
  }
  return undefined;
}

function numberProblem(constraints: PropertyConstraint[] | undefined, v: number): [FormCode, string] | undefined {
  for (const c of constraints ?? []) {
    if (c.type !== 'RANGE') continue;
    const below = c.minimum !== undefined && v < c.minimum;
    const above = c.maximum !== undefined && v > c.maximum;
    if (!below && !above) continue;
    if (c.minimum !== undefined && c.maximum !== undefined) return ['form/range', `must be between ${c.minimum} and ${c.maximum}`];
    return ['form/range', below ? `must be at least ${c.minimum}` : `must be at most ${c.maximum}`];
  }
  return undefined;
}

/** What is wrong with one field's raw value, as its control shows it (undefined = nothing). */
export function fieldProblem(field: FormField, raw: unknown): [code: FormCode, message: string] | undefined {
  const { control, def } = field;
  if (raw === undefined || raw === null) {
    // the platform fills a missing property that has a default, a missing collection with [] and a missing object with {}
    const filled = raw === undefined && (('default' in def && def.default !== undefined) || control.kind === 'object' || 'item' in control);
    if (field.nullable || (filled && !field.minItems)) return undefined;
    if ('item' in control) return raw === undefined ? ['form/count', `add at least ${field.minItems}`] : ['form/type', 'must be a list'];
    return ['form/required', control.kind === 'enum' || control.kind === 'reference' ? 'choose a value' : 'enter a value'];
  }
  if (control.kind === 'object-list' || control.kind === 'text-list' || control.kind === 'reference-list') {
    if (!Array.isArray(raw)) return ['form/type', 'must be a list'];
    if (field.minItems && raw.length < field.minItems) return ['form/count', `add at least ${field.minItems}`];
    if (field.maxItems !== undefined && raw.length > field.maxItems) return ['form/count', `at most ${field.maxItems} items (now ${raw.length})`];
    return undefined;
  }
  if (control.kind === 'reference' && raw === '' && !field.nullable) return ['form/required', 'choose a value'];
  if (control.kind === 'object' || control.kind === 'enum') return undefined; // the platform names a bad enum value; a select cannot make one
  const typeError = typeof def.type === 'string' ? checkPrimitive(def.type as PrimitiveType, raw) : null;
  if (typeError) return ['form/type', control.kind === 'number' && control.integer ? 'must be a whole number' : typeError];
  if (typeof raw === 'string') return textProblem(def.constraints, raw);
  if (typeof raw === 'number') return numberProblem(def.constraints, raw);
  return undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkField(schema: SchemaDefinition, field: FormField, raw: unknown, path: string, out: FieldProblem[]): void {
  const problem = fieldProblem(field, raw);
  if (problem) out.push({ path, code: problem[0], message: problem[1] });
  const { control } = field;
  if (control.kind === 'object' && isObj(raw)) checkObject(schema, field.pattern, control.properties, raw, path, out);
  else if ('item' in control && Array.isArray(raw)) raw.forEach((item, i) => checkField(schema, control.item, item, joinPath(path, i), out));
}

function checkObject(schema: SchemaDefinition, pattern: string, props: Props, obj: Obj, path: string, out: FieldProblem[]): void {
  for (const field of visibleFields(schema, pattern, props, obj)) {
    checkField(schema, field, Object.hasOwn(obj, field.key) ? obj[field.key] : undefined, joinPath(path, field.key), out);
  }
}

/** Every problem the form's own checks find in the fields shown for `value`. */
export function formProblems(schema: SchemaDefinition, value: Obj): FieldProblem[] {
  const out: FieldProblem[] = [];
  checkObject(schema, '', schema.properties, value, '', out);
  return out;
}
