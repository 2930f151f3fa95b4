/**
 * The team's objects of one schema: sortable columns, pagination and row actions, as a plain
 * HTML table styled with Strato's design tokens (ObjectTable.css). The page hands over all
 * matching rows already sorted (see `objectRows`); the table renders only the page it shows.
 *
 * Not Strato's DataTable: on a 2-core machine its chunk (1 MB, Prism's language registry inside)
 * took ~125 ms to evaluate while the first inventory call was running, and its first page of 25
 * rows ~100 ms more to render (each cell measured for overflow, each row measured by the
 * virtualizer) — together a fifth of the workspace's first render. This table keeps its
 * semantics: column headers with `aria-sort` and sort buttons, a labelled pagination, row actions
 * named after their object.
 */
import React, { useMemo, useRef, useState } from 'react';
import type { AlertingItem } from '../../../../lib/contracts';
import type { ColumnSort, ObjectRow, SortableColumn } from './objectRows';
import './ObjectTable.css';

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
  /** the caller may create objects of the schema, so may clone one */
  canClone: boolean;
  onEdit: (item: AlertingItem) => void;
  onDelete: (item: AlertingItem) => void;
  onClone: (item: AlertingItem) => void;
}

const PAGE_SIZES = [25, 50, 100];

interface TextColumn {
  id: SortableColumn;
  header: string;
  text: (row: ObjectRow) => string;
  /** the tooltip, when it says more than the text */
  title?: (row: ObjectRow) => string;
  /** CSS width; the name column takes what the others leave */
  width?: number;
}

// the modified column fits a whole date and time ("Nov 24, 2026, 12:19 PM") without an ellipsis
const TEXT_COLUMNS: TextColumn[] = [
  { id: 'summary', header: 'Name', text: (r) => r.summary },
  { id: 'findings', header: 'Findings', text: (r) => r.findingText, width: 170 },
  { id: 'modified', header: 'Modified', text: (r) => r.modifiedText, width: 190 },
  { id: 'modifiedBy', header: 'Modified by', text: (r) => r.modifiedBy, title: (r) => r.modifiedByTitle, width: 160 },
];
// Edit, Clone and Delete take ~150 px
const ACTIONS_WIDTH = 180;
/**
 * The name column's least width: a narrower window scrolls the table sideways instead. With the
 * others the table needs 900 px, so it fits a 1024 px window (issue 16).
 */
const NAME_MIN_WIDTH = 200;
const TABLE_MIN_WIDTH = TEXT_COLUMNS.reduce((sum, c) => sum + (c.width ?? NAME_MIN_WIDTH), ACTIONS_WIDTH);

// memo: the page re-renders for things the table does not show (the caller context, loading progress)
export const ObjectTable = React.memo(function ObjectTable({ rows, sortBy, onSortByChange, pageResetKey, loading, noun, canUpdate, canDelete, canClone, onEdit, onDelete, onClone }: Props) {
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [paging, setPaging] = useState({ key: pageResetKey, index: 0 });
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // more rows (a later inventory page) or fewer (a delete) keep the page, as far as it still exists
  const pageIndex = paging.key === pageResetKey ? Math.min(paging.index, pageCount - 1) : 0;
  // the same rows as before keep the same array (a keystroke that leaves the page as it is), so React keeps the rows
  const shown = useRef<ObjectRow[]>([]);
  const pageRows = useMemo(() => {
    const next = rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);
    const last = shown.current;
    return next.length === last.length && next.every((r, i) => r === last[i]) ? last : next;
  }, [rows, pageIndex, pageSize]);
  shown.current = pageRows;
  const goTo = (index: number) => setPaging({ key: pageResetKey, index });

  const sorted = sortBy[0];
  const label = `${noun} list`;
  return (
    <div className="ta-table">
      <div className="ta-table-scroll">
        <table aria-label={label} aria-rowcount={rows.length + 1} style={{ minWidth: TABLE_MIN_WIDTH }}>
          <colgroup>
            {TEXT_COLUMNS.map((c) => <col key={c.id} style={c.width ? { width: c.width } : undefined} />)}
            <col style={{ width: ACTIONS_WIDTH }} />
          </colgroup>
          <thead>
            <tr>
              {TEXT_COLUMNS.map((c) => {
                const direction = sorted?.id === c.id ? (sorted.desc ? 'descending' : 'ascending') : undefined;
                // a sorted column turns around; another column starts ascending
                const nextDesc = direction === 'ascending';
                return (
                  <th key={c.id} scope="col" aria-sort={direction ?? 'none'}>
                    <button type="button" className="ta-sort" onClick={() => onSortByChange([{ id: c.id, desc: nextDesc }])} aria-label={`Sort "${c.header}" column to ${nextDesc ? 'descending' : 'ascending'}`}>
                      <span className="ta-cell-text">{c.header}</span>
                      <span aria-hidden="true" className="ta-sort-mark">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {pageRows.length === 0 ? (
              <tr>
                <td colSpan={TEXT_COLUMNS.length + 1} className="ta-table-empty">{loading ? 'Loading…' : `No ${noun}s match.`}</td>
              </tr>
            ) : (
              pageRows.map((row, i) => (
                <tr key={row.objectId} aria-rowindex={pageIndex * pageSize + i + 2}>
                  {TEXT_COLUMNS.map((c) => {
                    const text = c.text(row);
                    // cut off by CSS, the whole text in the DOM (and so for screen readers) and in the tooltip
                    return <td key={c.id}><span className="ta-cell-text" title={c.title?.(row) ?? text}>{text}</span></td>;
                  })}
                  <td>
                    {/* named after the object, so each is found and announced on its own */}
                    <div className="ta-row-actions">
                      <button type="button" className="ta-row-action" onClick={() => onEdit(row.item)} aria-label={`${canUpdate ? 'Edit' : 'View'} ${row.summary}`}>
                        {canUpdate ? 'Edit' : 'View'}
                      </button>
                      {canClone ? (
                        <button type="button" className="ta-row-action" onClick={() => onClone(row.item)} aria-label={`Clone ${row.summary}`}>
                          Clone
                        </button>
                      ) : null}
                      {canDelete ? (
                        <button type="button" className="ta-row-action ta-row-action-critical" onClick={() => onDelete(row.item)} aria-label={`Delete ${row.summary}`}>
                          Delete
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav className="ta-pagination" aria-label={`Pages of the ${label}`}>
        <label className="ta-page-size">
          Rows per page
          <select
            value={pageSize}
            onChange={(e) => {
              setPageSize(Number(e.target.value));
              goTo(0);
            }}
          >
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <span className="ta-page-range">
          {rows.length === 0 ? '0 rows' : `${pageIndex * pageSize + 1}–${Math.min(rows.length, (pageIndex + 1) * pageSize)} of ${rows.length}`}
        </span>
        <button type="button" className="ta-row-action" onClick={() => goTo(pageIndex - 1)} disabled={pageIndex === 0} aria-label="Go to previous page.">
          ‹ Previous
        </button>
        <span className="ta-page-number" aria-live="polite">Page {pageIndex + 1} of {pageCount}</span>
        <button type="button" className="ta-row-action" onClick={() => goTo(pageIndex + 1)} disabled={pageIndex >= pageCount - 1} aria-label="Go to next page.">
          Next ›
        </button>
      </nav>
    </div>
  );
});
