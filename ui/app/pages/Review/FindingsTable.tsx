/** The team's inventory with its compliance findings; objects with findings first. */
import { Button } from '@dynatrace/strato-components/buttons';
import { FormField, Checkbox } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { DataTable, type DataTableColumnDef } from '@dynatrace/strato-components/tables';
import { Heading } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import type { AlertingItem } from '../../../../lib/contracts';
import { formatTime } from '../../format';
import { schemaPageById } from '../../schemas';

interface Row {
  objectId: string;
  summary: string;
  schema: string;
  findingCount: number;
  findings: string;
  modified: number;
  modifiedText: string;
}

/** `complete`: false while later pages of the inventory are still loading (counts are so far). */
export function FindingsTable({ items, loading, complete = true, onShowHistory }: { items: AlertingItem[]; loading: boolean; complete?: boolean; onShowHistory: (objectId: string) => void }) {
  const [onlyFindings, setOnlyFindings] = useState(true);
  const rows = useMemo<Row[]>(
    () =>
      items
        .filter((i) => !onlyFindings || i.findings.length > 0)
        .map((i) => ({
          objectId: i.objectId,
          summary: i.summary,
          schema: schemaPageById(i.schemaId)?.noun ?? i.schemaId,
          findingCount: i.findings.length,
          findings: i.findings.map((f) => `${f.severity}: ${f.message}`).join(' · ') || 'none',
          modified: i.modified ?? 0,
          modifiedText: formatTime(i.modified),
        })),
    [items, onlyFindings],
  );
  const columns = useMemo<Array<DataTableColumnDef<Row>>>(
    () => [
      { id: 'summary', header: 'Object', accessor: 'summary', width: { type: 'auto', minWidth: 240 } },
      { id: 'schema', header: 'Type', accessor: 'schema', width: 170 },
      { id: 'findings', header: 'Findings', accessor: 'findings', sortAccessor: 'findingCount', sortType: 'number', width: { type: 'auto', minWidth: 240 } },
      { id: 'modified', header: 'Modified', accessor: 'modifiedText', sortAccessor: 'modified', sortType: 'number', width: 170 },
      {
        id: 'history', header: 'History', accessor: 'objectId', disableSorting: true, width: 110,
        cell: ({ rowData }) => <Button size="condensed" onClick={() => onShowHistory(rowData.objectId)} aria-label={`History of ${rowData.summary}`}>History</Button>,
      },
    ],
    [onShowHistory],
  );
  const withFindings = items.filter((i) => i.findings.length > 0).length;

  return (
    <section aria-labelledby="inventory-heading">
      <Flex justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={8}>
        <Heading level={2} id="inventory-heading">Inventory ({items.length.toLocaleString()} objects{complete ? '' : ' so far'}, {withFindings.toLocaleString()} with findings)</Heading>
        <FormField>
          <Checkbox value={onlyFindings} onChange={(v: boolean) => setOnlyFindings(v)}>Only objects with findings</Checkbox>
        </FormField>
      </Flex>
      <DataTable data={rows} columns={columns} sortable defaultSortBy={[{ id: 'findings', desc: true }]} loading={loading && items.length === 0} rowId={(r) => r.objectId}>
        <DataTable.EmptyState>{loading ? 'Loading…' : onlyFindings ? 'No findings: every object follows the team rules.' : 'The team has no objects yet.'}</DataTable.EmptyState>
        <DataTable.Pagination defaultPageSize={10} pageSizeOptions={[10, 25, 50]} />
      </DataTable>
    </section>
  );
}
