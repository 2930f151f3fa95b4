/**
 * fast-check generators of valid settings values, derived from the schema definitions: every
 * property of every type, nullable ones sometimes left out, preconditions respected (a property
 * whose precondition fails is not there), texts within their length and patterns, numbers in
 * their ranges, dates and times in the platform's formats, and the type constraints the project
 * validates (ordered pairs, "at least one of", a maintenance filter that filters something).
 * `validValueOf(schemaId)` is reusable by any property test; its own test checks that every
 * value it makes passes `validateSettingsValue`.
 */
import fc from 'fast-check';
import { schemaDefinitions } from './definitions';
import * as P from './patterns';
import { preconditionHolds } from './preconditions';
import type { ComplexConstraint, ItemDefinition, PropertyConstraint, PropertyDefinition, SchemaDefinition } from './types';

type Obj = Record<string, unknown>;
type Def = PropertyDefinition | ItemDefinition;

// letters, digits and a few harmless signs: any such text is also a valid regular expression
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_:@,'.split('');
const word = (min: number, max: number) => fc.array(fc.constantFrom(...CHARS.filter((c) => c !== ' ')), { minLength: min, maxLength: max }).map((a) => a.join(''));
const host = fc.tuple(word(1, 10), fc.constantFrom('com', 'org', 'example')).map(([a, b]) => `${a.toLowerCase().replace(/[^a-z0-9]/g, 'x')}.${b}`);
const httpsUrl = fc.tuple(host, word(0, 12)).map(([h, p]) => `https://${h}/${p.replace(/[^A-Za-z0-9_-]/g, '')}`);
const zoneId = fc.bigInt({ min: 1n, max: 2n ** 62n }).map((n) => (n % 3n === 0n ? `-${n}` : `${n}`));
const hex16 = fc.array(fc.constantFrom(...'0123456789ABCDEF'.split('')), { minLength: 16, maxLength: 16 }).map((a) => a.join(''));

/** Texts for the project's PATTERN constraints, by pattern (see patterns.ts). */
const BY_PATTERN: Record<string, fc.Arbitrary<string>> = {
  [P.EMAIL]: fc.tuple(word(1, 12), host).map(([u, h]) => `${u.replace(/[^A-Za-z0-9._-]/g, 'x')}@${h}`),
  [P.URI]: httpsUrl,
  [P.HTTP_URL]: httpsUrl,
  [P.HTTPS_ONLY]: httpsUrl,
  [P.NO_HTTP_PREFIX]: host,
  [P.ANSIBLE_JOB_TEMPLATE]: fc.tuple(host, fc.nat(99999)).map(([h, n]) => `https://${h}/#/templates/job_template/${n}`),
  [P.NO_BRACES]: word(1, 20),
  [P.ENTITY_ID]: fc.tuple(fc.constantFrom('HOST', 'SERVICE', 'PROCESS_GROUP'), hex16).map(([t, h]) => `${t}-${h}`),
  [P.MZ_NUMERIC_ID]: zoneId,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const localDate = fc.record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const localTime = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m, s }) => `${pad(h)}:${pad(m)}:${pad(s)}`);
const selector = fc.tuple(fc.constantFrom('SERVICE', 'HOST'), fc.option(word(1, 15), { nil: undefined }))
  .map(([type, zone]) => `type("${type}")${zone === undefined ? '' : `,mzName("${zone}")`}`);

function lengthOf(constraints: PropertyConstraint[] | undefined): { min: number; max: number } {
  let min = 0;
  let max = 30;
  for (const c of constraints ?? []) {
    if (c.type === 'LENGTH') {
      min = Math.max(min, c.minLength ?? 0);
      max = Math.min(max, c.maxLength ?? max);
    }
    if (c.type === 'NOT_BLANK' || c.type === 'NOT_EMPTY') min = Math.max(min, 1);
  }
  return { min, max: Math.max(min, max) };
}

function textOf(def: Def): fc.Arbitrary<string> {
  const constraints = def.constraints ?? [];
  const patterns = constraints.flatMap((c) => (c.type === 'PATTERN' ? [c.pattern] : []));
  const known = patterns.map((p) => BY_PATTERN[p]).find((a) => a !== undefined);
  if (known) return known;
  if (constraints.some((c) => c.type === 'CUSTOM_VALIDATOR_REF' && c.customValidatorId === 'slo-entity-selector-validator')) return selector;
  if (def.referencedType === 'ManagementZone') return zoneId;
  const { min, max } = lengthOf(constraints);
  // no blank, no spaces at either end: valid under NOT_BLANK and TRIMMED alike
  return fc.array(fc.constantFrom(...CHARS), { minLength: min, maxLength: max }).map((a) => a.join('').trim())
    .filter((s) => s.length >= min && (min === 0 || s.trim() !== ''));
}

function numberOf(def: Def, integer: boolean): fc.Arbitrary<number> {
  let min = -1000;
  let max = 1000;
  for (const c of def.constraints ?? []) {
    if (c.type === 'RANGE') {
      if (c.minimum !== undefined) { min = c.minimum; max = Math.max(max, min); }
      if (c.maximum !== undefined) max = c.maximum;
    }
  }
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  // hundredths: floats that print and parse back exactly
  return fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((n) => n / 100);
}

function arbitraryOf(schema: SchemaDefinition, def: Def): fc.Arbitrary<unknown> {
  const t = def.type;
  if (t === 'set' || t === 'list') {
    const p = def as PropertyDefinition;
    const min = p.minObjects ?? 0;
    return fc.array(arbitraryOf(schema, p.items ?? { type: 'text' }), { minLength: min, maxLength: Math.min(p.maxObjects, min + 3) });
  }
  if (typeof t === 'object') {
    const name = t.$ref.slice(8);
    if (t.$ref.startsWith('#/enums/')) return fc.constantFrom(...schema.enums[name]!.items.map((i) => i.value));
    const type = schema.types[name]!;
    return objectOf(schema, type.properties, type.constraints);
  }
  switch (t) {
    case 'boolean': return fc.boolean();
    case 'integer': return numberOf(def, true);
    case 'float': return numberOf(def, false);
    case 'local_date': return localDate;
    case 'local_time': return localTime;
    case 'local_date_time': return fc.tuple(localDate, localTime).map(([d, time]) => `${d}T${time}`);
    case 'time_zone': return fc.constantFrom('UTC', 'Europe/Vienna', 'America/New_York', 'Asia/Tokyo');
    case 'setting': return def.referencedType === 'builtin:management-zones' ? zoneId : word(8, 40);
    default: return textOf(def);
  }
}

/** Removes properties whose precondition fails, until none does (one may depend on another). */
function dropInactive(props: Record<string, PropertyDefinition>, value: Obj): Obj {
  const out = { ...value };
  for (let changed = true; changed;) {
    changed = false;
    const get = (k: string) => (Object.hasOwn(out, k) ? out[k] : props[k]?.default);
    for (const [key, def] of Object.entries(props)) {
      if (Object.hasOwn(out, key) && !preconditionHolds(def.precondition, get)) { delete out[key]; changed = true; }
    }
  }
  return out;
}

const ORDER: Record<string, (a: never, b: never) => boolean> = {
  LESS_THAN: (a, b) => a < b, LESS_THAN_OR_EQUAL: (a, b) => a <= b, GREATER_THAN: (a, b) => a > b, GREATER_THAN_OR_EQUAL: (a, b) => a >= b,
};

/** The type's own constraints, by swapping ordered pairs into order and refusing what cannot be fixed. */
function meetsConstraints(value: Obj, constraints: ComplexConstraint[] | undefined): Obj | undefined {
  let out = value;
  for (const c of constraints ?? []) {
    if (c.type === 'PROPERTY_COUNT_RANGE' && c.properties.filter((p) => out[p] != null).length < (c.minimumPropertyCount ?? 0)) return undefined;
    if (c.type === 'CUSTOM_VALIDATOR_REF' && c.customValidatorId === 'maintenance-window-filter-container-validator') {
      const some = (k: string) => (Array.isArray(out[k]) ? (out[k] as unknown[]).length > 0 : out[k] != null);
      if (!['entityType', 'entityId', 'entityTags', 'managementZones'].some(some)) return undefined;
    }
    const order = ORDER[c.type];
    if (order && 'properties' in c) {
      const [a, b] = c.properties as [string, string];
      if (out[a] === undefined || out[b] === undefined) continue;
      if (!order(out[a] as never, out[b] as never)) out = { ...out, [a]: out[b], [b]: out[a] };
      if (!order(out[a] as never, out[b] as never)) return undefined;
    }
  }
  return out;
}

function objectOf(schema: SchemaDefinition, props: Record<string, PropertyDefinition>, constraints?: ComplexConstraint[]): fc.Arbitrary<Obj> {
  const shape = Object.fromEntries(Object.entries(props).map(([k, def]) => {
    const arb = arbitraryOf(schema, def);
    return [k, def.nullable ? fc.option(arb, { nil: undefined }) : arb];
  }));
  return fc.record(shape)
    .map((raw) => dropInactive(props, Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined))))
    .map((v) => meetsConstraints(v, constraints))
    .filter((v): v is Obj => v !== undefined);
}

const memo = new Map<string, fc.Arbitrary<Obj>>();

/** Valid values of one of the project's schemas (under a permissive validation context). */
export function validValueOf(schemaId: string): fc.Arbitrary<Obj> {
  let arb = memo.get(schemaId);
  if (!arb) {
    const schema = schemaDefinitions[schemaId];
    if (!schema) throw new Error(`unknown schema ${schemaId}`);
    arb = objectOf(schema, schema.properties, schema.constraints);
    memo.set(schemaId, arb);
  }
  return arb;
}
