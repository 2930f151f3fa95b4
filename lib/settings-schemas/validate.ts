/**
 * The generic interpreter of schema definitions: walks a value along its schema, fills
 * defaults, drops properties whose precondition is false, and collects constraint violations.
 * Never throws; the walk follows the schema (not the value), so deep or huge input costs at most
 * one pass over the known properties.
 *
 * Decisions (also in the README's "Differences from Dynatrace"):
 * - a missing property with a default is filled with it (like Dynatrace's `repairInput` mode) and
 *   reported in `filledDefaults`; a missing collection becomes `[]`, a missing object `{}` (then
 *   its own defaults/violations apply); a missing nullable property stays absent (= null);
 *   a missing non-nullable primitive without default is a violation.
 * - a property whose precondition is false is ignored and removed from the normalized value, so
 *   what is stored is what takes effect (nothing hidden in an inactive branch).
 * - unknown properties are violations.
 */
import { objectValidators, safeContext, valueValidators, type Reporter, type SafeContext } from './custom-validators';
import { join, propertyName, showValue, violates } from './format';
import { preconditionHolds } from './preconditions';
import type {
  ComplexConstraint, ConstraintViolation, ItemDefinition, PropertyConstraint, PropertyDefinition,
  SchemaDefinition, ValidationContext,
} from './types';
import { checkPrimitive } from './primitives';

export const MAX_VIOLATIONS = 100;

export interface NormalizeResult {
  violations: ConstraintViolation[];
  /** The value with defaults filled and inactive properties removed (unknown ones kept). */
  value: unknown;
  /** Paths of properties that were missing and filled with their default. */
  filledDefaults: string[];
}

interface Walk extends Reporter {
  schema: SchemaDefinition;
  ctx: SafeContext;
  violations: ConstraintViolation[];
  filled: string[];
  dropInactive: boolean;
}

type Obj = Record<string, unknown>;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export function walkValue(schema: SchemaDefinition, value: unknown, context: ValidationContext, dropInactive = true): NormalizeResult {
  const w: Walk = {
    schema, ctx: safeContext(context), violations: [], filled: [], dropInactive,
    report(path, message) {
      if (this.violations.length < MAX_VIOLATIONS) this.violations.push({ path, message, parameterLocation: 'PAYLOAD_BODY' });
    },
  };
  let out: unknown = value;
  try {
    out = walkObject(w, schema.properties, value, '', schema.constraints, '');
    if (isObj(out)) schemaConstraints(w, out);
  } catch {
    w.report('', 'The value could not be validated.');
  }
  return { violations: w.violations, value: out, filledDefaults: w.filled };
}

function walkObject(w: Walk, props: Record<string, PropertyDefinition>, value: unknown, path: string,
  constraints: ComplexConstraint[] | undefined, where: string): unknown {
  if (!isObj(value)) {
    w.report(path, path === '' ? 'The value must be a JSON object.' : violates(path, value, 'must be an object'));
    return value;
  }
  const out: Obj = {};
  for (const key of Object.keys(value)) {
    if (!own(props, key)) {
      w.report(join(path, key), `Unknown property '${key.length > 80 ? `${key.slice(0, 80)}…` : key}'.`);
      out[key] = value[key];
    }
  }
  const effective = (k: string): unknown => {
    if (own(value, k)) return value[k];
    return own(props, k) ? props[k]!.default : undefined;
  };
  for (const [key, def] of Object.entries(props)) {
    const childPath = join(path, key);
    const present = own(value, key) && value[key] !== undefined;
    if (!preconditionHolds(def.precondition, effective)) {
      if (present && !w.dropInactive) out[key] = value[key];
      continue;
    }
    let v = present ? value[key] : undefined;
    if (!present) {
      if (def.default !== undefined) { v = clone(def.default); w.filled.push(childPath); }
      else if (def.nullable) continue;
      else if (def.type === 'set' || def.type === 'list') { v = []; w.filled.push(childPath); }
      else if (typeof def.type === 'object' && def.type.$ref.startsWith('#/types/')) { v = {}; w.filled.push(childPath); }
      else { w.report(childPath, `Given property '${key}' is required but missing.`); continue; }
    }
    out[key] = walkProperty(w, def, v, childPath);
  }
  for (const c of constraints ?? []) complexConstraint(w, c, out, path, where);
  return out;
}

function walkProperty(w: Walk, def: PropertyDefinition | ItemDefinition, v: unknown, path: string): unknown {
  if (v === null) {
    if (!('nullable' in def) || !def.nullable) w.report(path, violates(path, v, 'must not be null'));
    return v;
  }
  const t = def.type;
  if (t === 'set' || t === 'list') {
    const p = def as PropertyDefinition;
    if (!Array.isArray(v)) { w.report(path, violates(path, v, `must be a ${t}`)); return v; }
    if (p.minObjects !== undefined && v.length < p.minObjects) {
      w.report(path, violates(path, v.length, `fell below the collection's lower size limit which was set to ${p.minObjects}`));
    }
    if (v.length > p.maxObjects) {
      w.report(path, violates(path, v.length, `exceeded the collection's upper size limit which was set to ${p.maxObjects}`));
      return v; // do not walk a huge collection
    }
    return p.items ? v.map((x, i) => walkProperty(w, p.items!, x, join(path, i))) : v;
  }
  if (typeof t === 'object') {
    const ref = t.$ref;
    if (ref.startsWith('#/types/')) {
      const type = w.schema.types[ref.slice(8)];
      return type ? walkObject(w, type.properties, v, path, type.constraints, ref.slice(8)) : v;
    }
    const en = w.schema.enums[ref.slice(8)];
    if (en && !(typeof v === 'string' && en.items.some((i) => i.value === v))) {
      const values = en.items.map((i) => i.value);
      const shown = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      w.report(path, violates(path, v, `must be one of ${shown}`));
    }
    return v;
  }
  const typeError = checkPrimitive(t, v);
  if (typeError) { w.report(path, violates(path, v, typeError)); return v; }
  propertyConstraints(w, def.constraints, v, path);
  referenceCheck(w, def, v, path);
  return v;
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

function propertyConstraints(w: Walk, constraints: PropertyConstraint[] | undefined, v: unknown, path: string): void {
  if (!constraints) return;
  let lengthOk = true;
  for (const c of constraints) {
    if (c.type === 'LENGTH' && typeof v === 'string') {
      if (c.minLength !== undefined && v.length < c.minLength) {
        lengthOk = false;
        w.report(path, violates(path, v, c.customMessage ?? `fell below the text's lower length limit which was set to ${c.minLength}`));
      } else if (c.maxLength !== undefined && v.length > c.maxLength) {
        lengthOk = false;
        w.report(path, violates(path, v, c.customMessage ?? `exceeded the text's upper length limit which was set to ${c.maxLength}`));
      }
    }
  }
  for (const c of constraints) {
    switch (c.type) {
      case 'NOT_BLANK':
        if (typeof v === 'string' && v.trim() === '') w.report(path, c.customMessage ?? violates(path, v, 'must not be blank'));
        break;
      case 'TRIMMED':
        if (typeof v === 'string' && v !== v.trim()) w.report(path, c.customMessage ?? violates(path, v, 'must not start or end with whitespace'));
        break;
      case 'PATTERN': {
        // Patterns run only on length-valid text, which bounds the regex cost.
        if (typeof v !== 'string' || !lengthOk) break;
        const r = compiled(c.pattern);
        if (r && !r.test(v)) w.report(path, c.customMessage ?? violates(path, v, `must match the pattern ${c.pattern}`));
        break;
      }
      case 'RANGE':
        if (typeof v !== 'number') break;
        if (c.minimum !== undefined && v < c.minimum) w.report(path, c.customMessage ?? violates(path, v, `fell below the lower limit which was set to ${c.minimum}`));
        else if (c.maximum !== undefined && v > c.maximum) w.report(path, c.customMessage ?? violates(path, v, `exceeded the upper limit which was set to ${c.maximum}`));
        break;
      case 'CUSTOM_VALIDATOR_REF': {
        const fn = valueValidators[c.customValidatorId];
        if (fn) fn(v, path, w, c.customMessage);
        break;
      }
      default:
        break;
    }
  }
}

function referenceCheck(w: Walk, def: PropertyDefinition | ItemDefinition, v: unknown, path: string): void {
  const refType = def.referencedType;
  if (!refType || typeof v !== 'string') return;
  if (refType === 'builtin:management-zones' || refType === 'ManagementZone') {
    if (/^-?\d{1,19}$/.test(v) && !w.ctx.zoneExists(v)) w.report(path, `Management zone with id '${showValue(v)}' does not exist.`);
    else if (def.type === 'setting' && !/^-?\d{1,19}$/.test(v)) w.report(path, violates(path, v, 'must be a numeric management zone id'));
  } else if (def.type === 'setting' && !w.ctx.settingExists(refType, v)) {
    w.report(path, `Referenced object '${showValue(v)}' of schema '${refType}' does not exist.`);
  }
}

const COMPARE: Record<string, [(a: number, b: number) => boolean, string]> = {
  GREATER_THAN: [(a, b) => a > b, 'greater than'],
  GREATER_THAN_OR_EQUAL: [(a, b) => a >= b, 'greater than or equal to'],
  LESS_THAN: [(a, b) => a < b, 'less than'],
  LESS_THAN_OR_EQUAL: [(a, b) => a <= b, 'less than or equal to'],
};

function complexConstraint(w: Walk, c: ComplexConstraint, obj: Obj, path: string, where: string): void {
  switch (c.type) {
    case 'CUSTOM_VALIDATOR_REF': {
      const fn = objectValidators[c.customValidatorId];
      if (fn) fn(obj, path, w, c.customMessage, where);
      return;
    }
    case 'PROPERTY_COUNT_RANGE': {
      const n = c.properties.filter((p) => obj[p] != null).length;
      if ((c.minimumPropertyCount !== undefined && n < c.minimumPropertyCount) ||
        (c.maximumPropertyCount !== undefined && n > c.maximumPropertyCount)) {
        w.report(path, c.customMessage ?? `Between ${c.minimumPropertyCount ?? 0} and ${c.maximumPropertyCount ?? c.properties.length} of ${c.properties.join(', ')} must be set.`);
      }
      return;
    }
    case 'SECRET_RESUBMISSION':
      return; // checked by mergeMaskedSecrets, which sees the stored value
    default: {
      const [a, b] = c.properties;
      const x = obj[a], y = obj[b];
      // Same-format ISO dates/times compare correctly as strings.
      const cmp = typeof x === 'number' && typeof y === 'number' ? [x, y]
        : typeof x === 'string' && typeof y === 'string' ? [x < y ? -1 : x > y ? 1 : 0, 0] : null;
      const op = COMPARE[c.type];
      if (cmp && op && !op[0](cmp[0]!, cmp[1]!)) {
        w.report(join(path, a), c.customMessage ?? `'${a}' must be ${op[1]} '${b}'.`);
      }
    }
  }
}

function schemaConstraints(w: Walk, obj: Obj): void {
  for (const c of w.schema.schemaConstraints) {
    if (c.type !== 'UNIQUE' || c.uniqueProperties.length !== 1) continue;
    const prop = c.uniqueProperties[0]!;
    const v = obj[prop];
    if (typeof v !== 'string') continue;
    const taken = w.schema.schemaId === 'builtin:management-zones' && prop === 'name'
      ? w.ctx.zoneNameTaken(v) : w.ctx.valueTaken(w.schema.schemaId, prop, v);
    if (taken) w.report(prop, c.customMessage ?? `${propertyName(prop)} must be unique.`);
  }
}
