/**
 * Page keys handed to the UI: which schemas the listing covers, which of them it stopped at and
 * the Settings API's own cursor there. The schema selection travels in the key, so a follow-up
 * call with only `{ pageKey }` continues the same listing. Keys come back from the client, so
 * decoding is strict; a forged key can at most make the function read other pages, whose items
 * are still checked for ownership one by one.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId } from '../contracts/common';

export interface Cursor {
  /** the schemas of the listing, in ALERTING_SCHEMA_IDS order */
  schemas: readonly AlertingSchemaId[];
  /** index into `schemas` */
  schema: number;
  /** the Settings API's page key inside that schema; absent: start the schema from its first page */
  key?: string;
  /** a history listing's time range (ms), so every schema after the first is read in the same range */
  range?: { from: number; to: number };
  /** a team listing inside a schema: where each team's objects beyond its quota begin (quota-standing.ts); absent: the call that continues counts them */
  quota?: Record<string, [number, string]>;
}

const maskOf = (schemas: readonly AlertingSchemaId[]) => ALERTING_SCHEMA_IDS.reduce((m, s, i) => (schemas.includes(s) ? m | (1 << i) : m), 0);
const ALL = (1 << ALERTING_SCHEMA_IDS.length) - 1;

export function encodeCursor(c: Cursor): string {
  return btoa(encodeURIComponent(JSON.stringify({ v: 2, m: maskOf(c.schemas), s: c.schema, k: c.key ?? '', ...(c.range ? { r: [c.range.from, c.range.to] } : {}), ...(c.quota ? { q: c.quota } : {}) })));
}

export function decodeCursor(s: string): Cursor | undefined {
  try {
    const o = JSON.parse(decodeURIComponent(atob(s))) as { v?: unknown; m?: unknown; s?: unknown; k?: unknown; r?: unknown; q?: unknown };
    if (o.v !== 2 || typeof o.m !== 'number' || !Number.isInteger(o.m) || o.m < 1 || o.m > ALL) return undefined;
    const mask = o.m;
    const schemas = ALERTING_SCHEMA_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
    if (typeof o.s !== 'number' || !Number.isInteger(o.s) || o.s < 0 || o.s >= schemas.length || typeof o.k !== 'string') return undefined;
    const range = rangeOf(o.r);
    if (o.r !== undefined && range === undefined) return undefined;
    const quota = quotaOf(o.q);
    if (o.q !== undefined && quota === undefined) return undefined;
    return { schemas, schema: o.s, ...(o.k === '' ? {} : { key: o.k }), ...(range ? { range } : {}), ...(quota ? { quota } : {}) };
  } catch {
    return undefined;
  }
}

function quotaOf(q: unknown): Record<string, [number, string]> | undefined {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) return undefined;
  const entries = Object.entries(q);
  if (entries.length > 50) return undefined;
  const ok = entries.every(([, v]) => Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && v[1].length <= 500);
  return ok ? (Object.fromEntries(entries) as Record<string, [number, string]>) : undefined;
}

function rangeOf(r: unknown): { from: number; to: number } | undefined {
  if (!Array.isArray(r) || r.length !== 2 || !r.every((t) => Number.isSafeInteger(t))) return undefined;
  const [from, to] = r as [number, number];
  return from < to ? { from, to } : undefined;
}

/**
 * The schemas a listing call covers: the page key's selection when continuing (a `schemaIds`
 * sent along must then name the same schemas), else the request's, else all five.
 */
export function listingSchemas(requested: readonly AlertingSchemaId[] | undefined, cursor: Cursor | undefined): AlertingSchemaId[] | undefined {
  const fromRequest = ALERTING_SCHEMA_IDS.filter((s) => (requested ?? ALERTING_SCHEMA_IDS).includes(s));
  if (!cursor) return fromRequest;
  if (requested && maskOf(fromRequest) !== maskOf(cursor.schemas)) return undefined;
  return [...cursor.schemas];
}
