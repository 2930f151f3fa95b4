/**
 * The team's objects of one schema: sortable columns, client-side pagination (only one page of
 * rows is in the DOM, so thousands of objects stay fast) and row actions. Rows are built once per
 * item, so appending a page of the inventory only converts the new items.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { DataTable, type DataTableColumnDef } from '@dynatrace/strato-components/tables';
import React, { useMemo } from 'react';
import type { AlertingItem } from '../../../../lib/contracts';
import { formatTime } from '../../format';

export interface ObjectRow {
  objectId: string;
  summary: string;
  findings: number;
  findingText: string;
  modified: number;
  modifiedText: string;
  modifiedBy: string;
  /** what the search looks in, lowercased */
  haystack: string;
  item: AlertingItem;
}

interface Props {
  rows: ObjectRow[];
  loading: boolean;
  noun: string;
  canUpdate: boolean;
  canDelete: boolean;
  onEdit: (item: AlertingItem) => void;
  onDelete: (item: AlertingItem) => void;
}

// memo: the page re-renders for things the table does not show (the caller context, loading progress)
export const ObjectTable = React.memo(function ObjectTable({ rows, loading, noun, canUpdate, canDelete, onEdit, onDelete }: Props) {
  const columns = useMemo<Array<DataTableColumnDef<ObjectRow>>>(
    () => [
      { id: 'summary', header: 'Name', accessor: 'summary', sortType: 'text', width: { type: 'auto', minWidth: 240 } },
      { id: 'findings', header: 'Findings', accessor: 'findingText', sortAccessor: 'findings', sortType: 'number', width: 220 },
      { id: 'modified', header: 'Modified', accessor: 'modifiedText', sortAccessor: 'modified', sortType: 'number', width: 170 },
      { id: 'modifiedBy', header: 'Modified by', accessor: 'modifiedBy', sortType: 'text', width: 200 },
      {
        id: 'actions', header: 'Actions', accessor: 'objectId', disableSorting: true, width: 190,
        cell: ({ rowData }) => (
          <Flex gap={4}>
            <Button size="condensed" onClick={() => onEdit(rowData.item)} aria-label={`${canUpdate ? 'Edit' : 'View'} ${rowData.summary}`}>
              {canUpdate ? 'Edit' : 'View'}
            </Button>
            {canDelete ? (
              <Button size="condensed" color="critical" onClick={() => onDelete(rowData.item)} aria-label={`Delete ${rowData.summary}`}>
                Delete
              </Button>
            ) : null}
          </Flex>
        ),
      },
    ],
    [canUpdate, canDelete, onEdit, onDelete],
  );

  return (
    <DataTable data={rows} columns={columns} sortable defaultSortBy={[{ id: 'summary', desc: false }]} loading={loading && rows.length === 0} rowId={(r) => r.objectId} aria-label={`${noun} list`}>
      <DataTable.EmptyState>{loading ? 'Loading…' : `No ${noun}s match.`}</DataTable.EmptyState>
      <DataTable.Pagination defaultPageSize={25} pageSizeOptions={[25, 50, 100]} />
    </DataTable>
  );
});

const rowOf = new WeakMap<AlertingItem, ObjectRow>();

export function toRows(items: AlertingItem[]): ObjectRow[] {
  return items.map((item) => {
    let row = rowOf.get(item);
    if (!row) {
      const findingText = item.findings.length === 0 ? 'none' : item.findings.length === 1 ? item.findings[0]!.message : `${item.findings.length} findings`;
      const modifiedBy = item.modifiedBy ?? '';
      row = {
        objectId: item.objectId, summary: item.summary, findings: item.findings.length, findingText,
        modified: item.modified ?? 0, modifiedText: formatTime(item.modified), modifiedBy,
        haystack: `${item.summary}\n${modifiedBy}\n${findingText}`.toLowerCase(), item,
      };
      rowOf.set(item, row);
    }
    return row;
  });
}
