/**
 * Parsing of list queries shared by classic objects, history and app settings: `fields`,
 * `filter`, `sort`, `pageSize` and the opaque page cursor. The cursor encodes the complete
 * query plus the offset, so a follow-up request must carry nothing but the cursor.
 */
import { errors } from '../errors';
import { FilterError, parseFilter, type FilterNode } from './filter';

export interface PageCursor<Q> {
  v: 1;
  kind: string;
  q: Q;
  offset: number;
}

export function encodeCursor<Q>(kind: string, q: Q, offset: number): string {
  return Buffer.from(JSON.stringify({ v: 1, kind, q, offset } satisfies PageCursor<Q>)).toString('base64url');
}

export function decodeCursor<Q>(kind: string, key: string, parameter: string): PageCursor<Q> {
  try {
    if (!/^[A-Za-z0-9_-]{1,8192}$/.test(key)) throw new Error('charset');
    const c = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as PageCursor<Q>;
    if (c.v !== 1 || c.kind !== kind || typeof c.offset !== 'number' || c.offset < 0 || !Number.isInteger(c.offset) || !c.q) throw new Error('shape');
    return c;
  } catch {
    throw errors.invalidQuery(parameter, `Invalid ${parameter}: the cursor is malformed or belongs to another endpoint`);
  }
}

export function parseFields(raw: string[] | undefined, supported: readonly string[], defaults: readonly string[], parameter = 'fields'): string[] {
  if (raw === undefined) return [...defaults];
  if (raw.length === 0) throw errors.invalidQuery(parameter, `Query parameter '${parameter}' must not be empty`);
  for (const f of raw) {
    if (!supported.includes(f)) {
      throw errors.invalidQuery(parameter, `Unsupported field '${f}' in '${parameter}'; supported: ${supported.join(', ')}`);
    }
  }
  return [...new Set(raw)];
}

/** `fieldAllowed` says whether a field path may be used given the selected fields. */
export function parseFilterParam(raw: string | undefined, fieldAllowed: (field: string) => string | undefined, parameter = 'filter'): FilterNode | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseFilter(raw, (field) => {
      const problem = fieldAllowed(field);
      if (problem) throw new FilterError(problem);
    });
  } catch (e) {
    if (e instanceof FilterError) throw errors.invalidQuery(parameter, `Invalid filter: ${e.message}`);
    throw e;
  }
}

export interface SortKey {
  field: string;
  descending: boolean;
}

export function parseSort(raw: string[] | undefined, fieldAllowed: (field: string) => string | undefined): SortKey[] {
  if (raw === undefined) return [];
  return raw.map((entry) => {
    const descending = entry.startsWith('-');
    const field = entry.replace(/^[-+]/, '');
    const problem = fieldAllowed(field);
    if (problem) throw errors.invalidQuery('sort', `Invalid sort: ${problem}`);
    return { field, descending };
  });
}

export function compareBy<T>(keys: SortKey[], get: (item: T, field: string) => unknown): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const c = compareValues(get(a, k.field), get(b, k.field));
      if (c !== 0) return k.descending ? -c : c;
    }
    return 0;
  };
}

function compareValues(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (x === undefined || x === null) return 1; // missing values last
  if (y === undefined || y === null) return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const sx = typeof x === 'string' ? x : JSON.stringify(x);
  const sy = typeof y === 'string' ? y : JSON.stringify(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}
