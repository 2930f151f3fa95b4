/**
 * Placeholders inside quoted values: `${bindParam:name}` (filled from a binding's parameters)
 * and `${global:name}` (filled from the request, e.g. `${global:userId}`). Anything else stays
 * literal text; the validator warns about `${...}` it does not recognise.
 */
import type { ValuePart } from '../types';

const PLACEHOLDER = /\$\{(bindParam|global):([A-Za-z0-9_.-]+)\}/g;

export function valueParts(raw: string): ValuePart[] {
  if (!raw.includes('${')) return [{ kind: 'text', text: raw }];
  const parts: ValuePart[] = [];
  let last = 0;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ kind: 'text', text: raw.slice(last, at) });
    parts.push({ kind: m[1] === 'bindParam' ? 'bindParam' : 'global', name: m[2] as string });
    last = at + m[0].length;
  }
  if (last < raw.length) parts.push({ kind: 'text', text: raw.slice(last) });
  return parts;
}

/** `${...}` sequences that are not a recognised placeholder (for a validator warning). */
export function unknownPlaceholders(raw: string): string[] {
  if (!raw.includes('${')) return [];
  const rest = raw.replace(PLACEHOLDER, '');
  return rest.match(/\$\{[^}]*\}?/g) ?? [];
}

export function bindParamsOf(parts: ValuePart[]): string[] {
  const out: string[] = [];
  for (const p of parts) if (p.kind === 'bindParam') out.push(p.name);
  return out;
}
