/**
 * A readable before/after diff of two settings values (lib/review/value-diff: one row per changed
 * leaf path, secrets masked), as a table.
 */
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Paragraph } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';
import { diffValues } from '../../../lib/review/value-diff';
import { zoneAware } from '../format';

interface Props {
  before: unknown;
  after: unknown;
  beforeLabel?: string;
  afterLabel?: string;
  ariaLabel: string;
  /** management-zone names by id: a zone the value names by its numeric id is shown by name */
  zoneNames?: ReadonlyMap<string, string>;
}

export function ValueDiff({ before, after, beforeLabel = 'Before', afterLabel = 'After', ariaLabel, zoneNames }: Props) {
  const rows = useMemo(
    () => diffValues(before, after).map((r) => ({ ...r, before: zoneAware(r.before, zoneNames), after: zoneAware(r.after, zoneNames) })),
    [before, after, zoneNames],
  );
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
