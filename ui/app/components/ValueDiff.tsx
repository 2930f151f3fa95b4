/**
 * A readable before/after diff of two settings values: one row per changed leaf path
 * (`filters.0.managementZones`), values shown as compact JSON. Secrets arrive masked from the
 * functions; anything that still looks like a secret field is masked again here.
 */
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Paragraph } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';

type Row = { path: string; before: string; after: string; change: 'added' | 'removed' | 'changed' };

const SECRET_KEY = /(password|secret|token|apikey|api_key|serviceapikey|authorization)/i;

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix || '(value)', Array.isArray(value) ? '[]' : '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  const leafKey = prefix.split('.').pop() ?? '';
  out.set(prefix || '(value)', SECRET_KEY.test(leafKey) && typeof value === 'string' && value !== '' ? '********' : JSON.stringify(value));
}

export function diffValues(before: unknown, after: unknown): Row[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (before !== null && before !== undefined) flatten(before, '', a);
  if (after !== null && after !== undefined) flatten(after, '', b);
  const rows: Row[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    rows.push({ path, before: x ?? '—', after: y ?? '—', change: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed' });
  }
  return rows.sort((r, s) => r.path.localeCompare(s.path, undefined, { numeric: true }));
}

export function ValueDiff({ before, after, beforeLabel = 'Before', afterLabel = 'After', ariaLabel }: { before: unknown; after: unknown; beforeLabel?: string; afterLabel?: string; ariaLabel: string }) {
  const rows = useMemo(() => diffValues(before, after), [before, after]);
  if (rows.length === 0) return <Paragraph>No differences.</Paragraph>;
  return (
    <div aria-label={ariaLabel} role="group">
      <SimpleTable
        data={rows}
        columns={[
          { id: 'path', header: 'Field', accessor: 'path' },
          { id: 'change', header: 'Change', accessor: 'change' },
          { id: 'before', header: beforeLabel, accessor: 'before' },
          { id: 'after', header: afterLabel, accessor: 'after' },
        ]}
      />
    </div>
  );
}
