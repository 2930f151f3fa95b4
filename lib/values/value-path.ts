/**
 * Reading and immutably writing a settings value by a dotted path (`filters.0.managementZones`),
 * and normalising the paths that findings and diagnostics carry (`/filters/0/x`, `filters/0/x`,
 * `filters[0].x`, `$.x`) to the same dotted form, so a message can be matched with the field it is
 * about. Shared by the new-object templates (lib/alerting) and the UI's forms.
 */
type Json = Record<string, unknown>;

export function normalizePath(path: string | undefined): string {
  if (!path) return '';
  return path
    .replace(/^\$\.?/, '')
    .replace(/^\//, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\./, '');
}

/** The value at a dotted path; undefined when any step is missing (own properties only). */
export function getAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

/**
 * A copy of `value` with `next` at the dotted path (containers on the way are copied, missing
 * ones created: an array for a numeric key); `next` undefined removes an object property.
 */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head!;
  const container: unknown = value ?? (/^\d+$/.test(key) ? [] : {});
  const child = typeof container === 'object' && Object.hasOwn(container as object, key) ? (container as Json)[key] : undefined;
  const replaced = rest.length === 0 ? next : setAt(child, rest.join('.'), next);
  if (Array.isArray(container)) {
    const copy: unknown[] = [...(container as unknown[])];
    copy[Number(key)] = replaced;
    return copy as T;
  }
  const copy = { ...(container as Json) };
  if (replaced === undefined) delete copy[key];
  // defined, not assigned: a `__proto__` key becomes a property instead of replacing the prototype
  else Object.defineProperty(copy, key, { value: replaced, enumerable: true, writable: true, configurable: true });
  return copy as T;
}

/** Whether a finding at `findingPath` belongs to the field at `fieldPath` (itself or inside it). */
export function pathBelongsTo(findingPath: string | undefined, fieldPath: string): boolean {
  const p = normalizePath(findingPath);
  return p === fieldPath || p.startsWith(`${fieldPath}.`);
}
