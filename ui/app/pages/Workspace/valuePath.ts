/**
 * Reading and immutably writing a settings value by a dotted path (`filters.0.managementZones`),
 * and normalising the paths that findings and diagnostics carry (`/filters/0/x`, `filters[0].x`,
 * `$.x`) to the same dotted form so they can be shown at the matching form field.
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

export function getAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Json)[key];
  }
  return current;
}

export function setAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head!;
  const container: unknown = value ?? (/^\d+$/.test(key) ? [] : {});
  const child = (container as Json)[key];
  const replaced = rest.length === 0 ? next : setAt(child, rest.join('.'), next);
  if (Array.isArray(container)) {
    const copy: unknown[] = [...(container as unknown[])];
    copy[Number(key)] = replaced;
    return copy as T;
  }
  const copy = { ...(container as Json) };
  if (replaced === undefined) delete copy[key];
  else copy[key] = replaced;
  return copy as T;
}

/** Whether a finding at `findingPath` belongs to the field at `fieldPath` (itself or inside it). */
export function pathBelongsTo(findingPath: string | undefined, fieldPath: string): boolean {
  const p = normalizePath(findingPath);
  return p === fieldPath || p.startsWith(`${fieldPath}.`);
}
