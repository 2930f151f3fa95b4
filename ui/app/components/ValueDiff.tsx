/**
 * A readable before/after diff of two settings values (lib/review/value-diff: one row per changed
 * leaf path, secrets masked), as a table.
 */
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Paragraph } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';
import { diffValues } from '../../../lib/review/value-diff';

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
