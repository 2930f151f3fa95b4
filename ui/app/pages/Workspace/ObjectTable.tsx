/**
 * The team's objects of one schema: sortable columns, pagination and row actions. The page hands
 * over all matching rows already sorted (see `objectRows`); the DataTable gets only the page of
 * rows it shows, with sorting and pagination controlled from here (`manualSort`, server-side
 * pagination props): given all 5,000 rows it re-sorted and rebuilt its row model for every
 * keystroke in the search.
 */
import { DataTable, type DataTableColumnDef } from '@dynatrace/strato-components/tables';
import React, { useMemo, useRef, useState } from 'react';
import type { AlertingItem } from '../../../../lib/contracts';
import type { ColumnSort, ObjectRow } from './objectRows';
import './RowActions.css';

interface Props {
  /** every matching row, in order */
  rows: ObjectRow[];
  sortBy: ColumnSort[];
  onSortByChange: (sortBy: ColumnSort[]) => void;
  /** a new value (another search, filter, sort, team or schema) goes back to the first page */
  pageResetKey: string;
  loading: boolean;
  noun: string;
  canUpdate: boolean;
  canDelete: boolean;
  onEdit: (item: AlertingItem) => void;
  onDelete: (item: AlertingItem) => void;
}

const PAGE_SIZES = [25, 50, 100];

// memo: the page re-renders for things the table does not show (the caller context, loading progress)
export const ObjectTable = React.memo(function ObjectTable({ rows, sortBy, onSortByChange, pageResetKey, loading, noun, canUpdate, canDelete, onEdit, onDelete }: Props) {
  const columns = useMemo<Array<DataTableColumnDef<ObjectRow>>>(
    () => [
      // 1fr: 'auto' grew the column to its longest name and pushed the actions out of view
      { id: 'summary', header: 'Name', accessor: 'summary', width: '1fr', minWidth: 240 },
      { id: 'findings', header: 'Findings', accessor: 'findingText', width: 220 },
      { id: 'modified', header: 'Modified', accessor: 'modifiedText', width: 170 },
      { id: 'modifiedBy', header: 'Modified by', accessor: 'modifiedBy', width: 200 },
      {
        id: 'actions', header: 'Actions', accessor: 'objectId', disableSorting: true, width: 160,
        // plain buttons (see RowActions.css): named after the object, so each is found and announced on its own
        cell: ({ rowData }) => (
          <div className="ta-row-actions">
            <button type="button" className="ta-row-action" onClick={() => onEdit(rowData.item)} aria-label={`${canUpdate ? 'Edit' : 'View'} ${rowData.summary}`}>
              {canUpdate ? 'Edit' : 'View'}
            </button>
            {canDelete ? (
              <button type="button" className="ta-row-action ta-row-action-critical" onClick={() => onDelete(rowData.item)} aria-label={`Delete ${rowData.summary}`}>
                Delete
              </button>
            ) : null}
          </div>
        ),
      },
    ],
    [canUpdate, canDelete, onEdit, onDelete],
  );

  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [paging, setPaging] = useState({ key: pageResetKey, index: 0 });
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  // more rows (a later inventory page) or fewer (a delete) keep the page, as far as it still exists
  const pageIndex = paging.key === pageResetKey ? Math.min(paging.index, lastPage) : 0;
  // the same rows as before keep the same array (a keystroke that leaves the page as it is), so the table reuses its rows
  const shown = useRef<ObjectRow[]>([]);
  const pageRows = useMemo(() => {
    const next = rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);
    const last = shown.current;
    return next.length === last.length && next.every((r, i) => r === last[i]) ? last : next;
  }, [rows, pageIndex, pageSize]);
  shown.current = pageRows;

  return (
    <DataTable
      data={pageRows}
      columns={columns}
      sortable={{ manualSort: true }}
      sortBy={sortBy}
      onSortByChange={onSortByChange}
      loading={loading && rows.length === 0}
      rowId={(r) => r.objectId}
      fullWidth
      aria-label={`${noun} list`}
    >
      <DataTable.EmptyState>{loading ? 'Loading…' : `No ${noun}s match.`}</DataTable.EmptyState>
      <DataTable.Pagination
        pageSizeOptions={PAGE_SIZES}
        pageSize={pageSize}
        onPageSizeChange={(size) => {
          setPageSize(size);
          setPaging({ key: pageResetKey, index: 0 });
        }}
        pageIndex={pageIndex}
        onPageIndexChange={(index) => setPaging({ key: pageResetKey, index })}
        enablePreviousPage={pageIndex > 0}
        enableNextPage={pageIndex < lastPage}
        totalRowsCount={rows.length}
      />
    </DataTable>
  );
});
