/**
 * What changed between two settings values, for the review's before/after: one row per changed
 * leaf path (`filters.0.managementZones`), values as compact JSON. Secrets arrive masked from
 * the functions; a leaf whose name still looks like a secret is masked again here, so a diff never
 * shows one in clear text.
 */
import { MASKED_SECRET } from '../settings-schemas/secrets';

export interface ValueChange {
  path: string;
  before: string;
  after: string;
  change: 'added' | 'removed' | 'changed';
}

const SECRET_KEY = /(password|secret|token|apikey|api_key|serviceapikey|authorization)/i;
/** The path of a changed value that is not a container (`{}` / `[]` itself, or a scalar at the top). */
const WHOLE_VALUE = '(value)';

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix || WHOLE_VALUE, Array.isArray(value) ? '[]' : '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  const leafKey = prefix.split('.').pop() ?? '';
  out.set(prefix || WHOLE_VALUE, SECRET_KEY.test(leafKey) && typeof value === 'string' && value !== '' ? MASKED_SECRET : JSON.stringify(value));
}

/** The changed leaves of `before` → `after` (null/undefined = no value), sorted by path (numbers by value). */
export function diffValues(before: unknown, after: unknown): ValueChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (before !== null && before !== undefined) flatten(before, '', a);
  if (after !== null && after !== undefined) flatten(after, '', b);
  const rows: ValueChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    rows.push({ path, before: x ?? '—', after: y ?? '—', change: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed' });
  }
  return rows.sort((r, s) => r.path.localeCompare(s.path, undefined, { numeric: true }));
}
