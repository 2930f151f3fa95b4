/**
 * Message formatting for constraint violations, following the one real Dynatrace format we
 * know ("Given property 'tagFilter' with value: '0' violates the following constraint: fell
 * below the collection's lower size limit which was set to 1."). Reasons other than that one
 * are worded in the same style by us.
 */

export const MAX_SHOWN_VALUE = 80;

export function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}/${key}`;
}

/** The property a path points at, skipping collection indexes (`a/tagFilter/3` → `tagFilter`). */
export function propertyName(path: string): string {
  const parts = path.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(parts[i]!)) return parts[i]!;
  }
  return path;
}

export function showValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return '';
  if (typeof v === 'string') return v.length > MAX_SHOWN_VALUE ? `${v.slice(0, MAX_SHOWN_VALUE)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[array of ${v.length}]`;
  return '[object]';
}

export function violates(path: string, value: unknown, reason: string): string {
  return `Given property '${propertyName(path)}' with value: '${showValue(value)}' violates the following constraint: ${reason}.`;
}
