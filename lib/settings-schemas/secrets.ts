/**
 * Secret handling of the Settings API (facts §2.9): `secret` properties are masked on GET; on
 * PUT a masked secret sent back keeps the stored one, and properties marked
 * `forceSecretResubmission` (URLs, the OpsGenie domain) may not change while secrets are sent
 * masked. Collection items are matched with the stored ones by index (sets have no key, and
 * Dynatrace does not document how it matches them).
 */
import { join } from './format';
import { MSG_SECRET_RESUBMISSION } from './messages';
import type { ConstraintViolation, ItemDefinition, PropertyDefinition, SchemaDefinition } from './types';

export const MASKED_SECRET = '********';

type Obj = Record<string, unknown>;
type Def = PropertyDefinition | ItemDefinition;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function typeProps(schema: SchemaDefinition, def: Def): Record<string, PropertyDefinition> | undefined {
  const t = def.type;
  return typeof t === 'object' && t.$ref.startsWith('#/types/') ? schema.types[t.$ref.slice(8)]?.properties : undefined;
}

function maskObject(schema: SchemaDefinition, props: Record<string, PropertyDefinition>, v: unknown): unknown {
  if (!isObj(v)) return v;
  const out: Obj = { ...v };
  for (const [k, def] of Object.entries(props)) if (own(v, k)) out[k] = maskValue(schema, def, v[k]);
  return out;
}

function maskValue(schema: SchemaDefinition, def: Def, v: unknown): unknown {
  if (def.type === 'secret') return typeof v === 'string' && v !== '' ? MASKED_SECRET : v;
  if ((def.type === 'set' || def.type === 'list') && Array.isArray(v)) {
    const items = (def as PropertyDefinition).items;
    return items ? v.map((x) => maskValue(schema, items, x)) : v;
  }
  const props = typeProps(schema, def);
  return props ? maskObject(schema, props, v) : v;
}

/** The value as GET returns it: every non-empty secret replaced by `********`. */
export function maskSecretsWith(schema: SchemaDefinition, value: unknown): unknown {
  try { return maskObject(schema, schema.properties, value); } catch { return value; }
}

function collectSecretPaths(schema: SchemaDefinition, def: Def, v: unknown, path: string, out: string[]): void {
  if (def.type === 'secret') {
    if (typeof v === 'string' && v !== '') out.push(path);
    return;
  }
  if ((def.type === 'set' || def.type === 'list') && Array.isArray(v)) {
    const items = (def as PropertyDefinition).items;
    if (items) v.forEach((x, i) => collectSecretPaths(schema, items, x, join(path, i), out));
    return;
  }
  const props = typeProps(schema, def);
  if (props && isObj(v)) {
    for (const [k, d] of Object.entries(props)) if (own(v, k)) collectSecretPaths(schema, d, v[k], join(path, k), out);
  }
}

/**
 * Value paths (`webHookNotification/headers/1/secretValue`) of every `secret` property that holds
 * a non-empty string, masked or not: what an export must never write in clear.
 */
export function secretPathsWith(schema: SchemaDefinition, value: unknown): string[] {
  const out: string[] = [];
  if (!isObj(value)) return out;
  try {
    for (const [k, d] of Object.entries(schema.properties)) if (own(value, k)) collectSecretPaths(schema, d, value[k], k, out);
  } catch { /* a value too odd to walk has no secrets we can name */ }
  return out;
}

export interface MergeResult {
  value: unknown;
  violations: ConstraintViolation[];
  /** At least one secret was sent back masked (and replaced by the stored one). */
  maskedSecretsSent: boolean;
}

interface MergeState { masked: boolean; changedForced: string[]; missing: string[] }

function mergeObject(schema: SchemaDefinition, props: Record<string, PropertyDefinition>, nv: unknown, sv: unknown, path: string, st: MergeState): unknown {
  if (!isObj(nv)) return nv;
  const stored = isObj(sv) ? sv : {};
  const out: Obj = { ...nv };
  for (const [k, def] of Object.entries(props)) {
    if (!own(nv, k)) continue;
    out[k] = mergeValue(schema, def, nv[k], stored[k], join(path, k), st);
  }
  return out;
}

function mergeValue(schema: SchemaDefinition, def: Def, nv: unknown, sv: unknown, path: string, st: MergeState): unknown {
  if (def.type === 'secret') {
    if (nv !== MASKED_SECRET) return nv;
    st.masked = true;
    if (typeof sv === 'string') return sv;
    st.missing.push(path); // masked, but nothing stored to keep
    return nv;
  }
  if ('forceSecretResubmission' in def && def.forceSecretResubmission && nv !== sv) st.changedForced.push(path);
  if ((def.type === 'set' || def.type === 'list') && Array.isArray(nv)) {
    const items = (def as PropertyDefinition).items;
    const stored = Array.isArray(sv) ? sv : [];
    return items ? nv.map((x, i) => mergeValue(schema, items, x, stored[i], join(path, i), st)) : nv;
  }
  const props = typeProps(schema, def);
  return props ? mergeObject(schema, props, nv, sv, path, st) : nv;
}

export function mergeMaskedSecretsWith(schema: SchemaDefinition, newValue: unknown, storedValue: unknown): MergeResult {
  const st: MergeState = { masked: false, changedForced: [], missing: [] };
  let value: unknown = newValue;
  try {
    value = mergeObject(schema, schema.properties, newValue, storedValue, '', st);
  } catch {
    return { value: newValue, violations: [{ path: '', message: 'The value could not be validated.', parameterLocation: 'PAYLOAD_BODY' }], maskedSecretsSent: false };
  }
  const rule = schema.constraints.find((c) => c.type === 'SECRET_RESUBMISSION');
  const message = rule?.customMessage ?? MSG_SECRET_RESUBMISSION;
  const paths = [...st.missing, ...(st.masked ? st.changedForced : [])];
  const violations = paths.map((path): ConstraintViolation => ({ path, message, parameterLocation: 'PAYLOAD_BODY' }));
  return { value, violations, maskedSecretsSent: st.masked };
}
