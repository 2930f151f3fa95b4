/**
 * Basic structural check for app-settings values against the app's own schema file (Dynatrace
 * settings schema format): the value is an object, no unknown properties, non-nullable
 * properties without default are present, primitive types and enum values match. It is not
 * the full Dynatrace validator (no constraints, preconditions or custom validators).
 */
import type { SchemaDefinition } from '../deps';
import type { ConstraintViolation } from '../errors';
import type { Json } from '../model/types';

interface PropertyDef {
  type?: string | { $ref?: string };
  nullable?: boolean;
  default?: unknown;
  items?: PropertyDef;
  precondition?: unknown;
}

interface TypeDef {
  properties?: Record<string, PropertyDef>;
}

export function validateAppSettingsValue(schema: SchemaDefinition, value: Json): ConstraintViolation[] {
  const out: ConstraintViolation[] = [];
  const types = (schema.types ?? {}) as Record<string, TypeDef>;
  const enums = (schema.enums ?? {}) as Record<string, { items?: Array<{ value?: unknown }> }>;
  const add = (p: string, message: string): void => {
    out.push({ path: p, message, parameterLocation: 'PAYLOAD_BODY' });
  };

  const checkProps = (props: Record<string, PropertyDef>, v: Json, p: string, depth: number) => {
    if (depth > 32) return add(p, 'value is nested too deeply');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return add(p, 'expected an object');
    for (const k of Object.keys(v)) if (!(k in props)) add(join(p, k), `unknown property '${k}'`);
    for (const [k, def] of Object.entries(props)) {
      const pv = (v as Record<string, Json>)[k];
      if (pv === undefined || pv === null) {
        if (!def.nullable && def.default === undefined && def.precondition === undefined && pv === undefined && !isCollection(def)) {
          add(join(p, k), `required property '${k}' is missing`);
        }
        continue;
      }
      checkValue(def, pv, join(p, k), depth + 1);
    }
  };
  const checkValue = (def: PropertyDef, v: Json, p: string, depth: number): void => {
    const t = def.type;
    if (typeof t === 'object' && t?.$ref) {
      const [, kind, name] = t.$ref.split('/');
      if (kind === 'types' && name && types[name]) return checkProps(types[name].properties ?? {}, v, p, depth);
      if (kind === 'enums' && name && enums[name]) {
        const allowed = (enums[name].items ?? []).map((i) => i.value);
        if (!allowed.includes(v)) add(p, `value must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
      }
      return;
    }
    switch (t) {
      case 'text':
      case 'secret':
      case 'local_date':
      case 'local_time':
      case 'local_date_time':
      case 'time_zone':
      case 'setting':
        if (typeof v !== 'string') add(p, 'expected a string');
        return;
      case 'boolean':
        if (typeof v !== 'boolean') add(p, 'expected a boolean');
        return;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) add(p, 'expected an integer');
        return;
      case 'float':
        if (typeof v !== 'number') add(p, 'expected a number');
        return;
      case 'list':
      case 'set':
        if (!Array.isArray(v)) return add(p, 'expected an array');
        if (def.items) v.forEach((item, i) => checkValue(def.items!, item, join(p, String(i)), depth + 1));
        return;
      default:
        return;
    }
  };
  checkProps((schema.properties ?? {}) as Record<string, PropertyDef>, value, '', 0);
  return out;
}

const join = (p: string, k: string) => (p ? `${p}/${k}` : k);
const isCollection = (d: PropertyDef) => d.type === 'list' || d.type === 'set';
