/**
 * Value paths in the project's notation (`webHookNotification/headers/1/secretValue`): reading,
 * writing and walking JSON values by path. Own-property access only, so a path segment like
 * `__proto__` can never reach a prototype.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function joinPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}/${key}`;
}

export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

/** The value at `path`, or undefined when any segment is missing. */
export function getAt(value: unknown, path: string): unknown {
  let v = value;
  for (const seg of splitPath(path)) {
    if (Array.isArray(v)) {
      if (!/^\d+$/.test(seg)) return undefined;
      v = v[Number(seg)];
    } else if (isObject(v) && own(v, seg)) {
      v = v[seg];
    } else {
      return undefined;
    }
  }
  return v;
}

/** Sets the value at an existing path (in place); false when the path does not exist. */
export function setAt(value: unknown, path: string, next: unknown): boolean {
  const segs = splitPath(path);
  if (segs.length === 0) return false;
  const parent = getAt(value, segs.slice(0, -1).join('/'));
  const last = segs[segs.length - 1]!;
  if (Array.isArray(parent) && /^\d+$/.test(last) && Number(last) < parent.length) {
    parent[Number(last)] = next;
    return true;
  }
  if (isObject(parent) && own(parent, last)) {
    parent[last] = next;
    return true;
  }
  return false;
}

export function deepClone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Structural equality of JSON values (object key order does not matter, array order does). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => own(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Every string leaf with its path (depth-first, keys in order). */
export function stringLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, joinPath(path, i)));
  if (isObject(value)) return Object.keys(value).flatMap((k) => stringLeaves(value[k], joinPath(path, k)));
  return [];
}
