/**
 * The workspace table's rows and their order, without React or Strato. The page sorts the rows
 * here (once per sort change or arriving page) and filters the sorted rows (filtering keeps the
 * order), so a keystroke in the search never sorts: the table only ever renders the one page of
 * rows it shows, already in order.
 */
import type { AlertingItem } from '../../../../lib/contracts';
import { formatTime, readableMessage } from '../../format';

/** How a user id reads in the table: its text and tooltip (see `formatPerson`). */
export type DescribePerson = (id: string) => { text: string; title: string };
const asIs: DescribePerson = (id) => ({ text: id, title: id });

export interface ObjectRow {
  objectId: string;
  summary: string;
  findings: number;
  findingText: string;
  modified: number;
  modifiedText: string;
  /** the person who changed it last, as the table shows them (a name, not an id) */
  modifiedBy: string;
  modifiedByTitle: string;
  /** what the search looks in, lowercased */
  haystack: string;
  /** lowercased sort keys of the text columns */
  summaryKey: string;
  modifiedByKey: string;
  item: AlertingItem;
}

/** One sorted column (the shape of Strato's `DataTableColumnSort`, which the review tables use). */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

export type FindingFilter = 'all' | 'with' | 'without';

export const DEFAULT_SORT: ColumnSort[] = [{ id: 'summary', desc: false }];

const rowOf = new WeakMap<AlertingItem, ObjectRow>();

/**
 * Rows are built once per item, so appending a page of the inventory only converts the new items;
 * a row is built again only when its person reads differently (their name arrived).
 */
export function toRows(items: AlertingItem[], describePerson: DescribePerson = asIs): ObjectRow[] {
  return items.map((item) => {
    let row = rowOf.get(item);
    const person = item.modifiedBy ? describePerson(item.modifiedBy) : { text: '', title: '' };
    if (!row || row.modifiedBy !== person.text || row.modifiedByTitle !== person.title) {
      const findingText = item.findings.length === 0 ? 'none' : item.findings.length === 1 ? readableMessage(item.findings[0]!.message) : `${item.findings.length} findings`;
      const summaryKey = item.summary.toLowerCase();
      const modifiedByKey = person.text.toLowerCase();
      row = {
        objectId: item.objectId, summary: item.summary, findings: item.findings.length, findingText,
        modified: item.modified ?? 0, modifiedText: formatTime(item.modified), modifiedBy: person.text, modifiedByTitle: person.title,
        haystack: `${summaryKey}\n${modifiedByKey}\n${findingText.toLowerCase()}`, summaryKey, modifiedByKey, item,
      };
      rowOf.set(item, row);
    }
    return row;
  });
}

// the keys the DataTable's own sort compared: lowercased text (its 'text' sort) and numbers
const sortKeys = {
  summary: (r: ObjectRow) => r.summaryKey,
  findings: (r: ObjectRow) => r.findings,
  modified: (r: ObjectRow) => r.modified,
  modifiedBy: (r: ObjectRow) => r.modifiedByKey,
};

/** The columns the rows can be sorted by (the table's text columns). */
export type SortableColumn = keyof typeof sortKeys;
const isSortable = (id: string): id is SortableColumn => Object.hasOwn(sortKeys, id);

/**
 * `rows` in the order of `sortBy` (first entry first, unknown columns ignored); ties keep the
 * rows' order, as the DataTable's sort did. Plain `<` on precomputed keys: no locale compare and
 * no lowercasing per comparison.
 */
export function sortRows(rows: ObjectRow[], sortBy: readonly ColumnSort[]): ObjectRow[] {
  const order = sortBy.flatMap((s) => (isSortable(s.id) ? [{ key: sortKeys[s.id], sign: s.desc ? -1 : 1 }] : []));
  if (order.length === 0) return rows;
  return rows.slice().sort((a, b) => {
    for (const { key, sign } of order) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  });
}

/** The rows matching the search text (any case) and the findings filter, in their order. */
export function filterRows(rows: ObjectRow[], query: string, findingFilter: FindingFilter): ObjectRow[] {
  const q = query.trim().toLowerCase();
  if (q === '' && findingFilter === 'all') return rows;
  return rows.filter((r) => (findingFilter === 'all' || (findingFilter === 'with') === r.findings > 0) && (q === '' || r.haystack.includes(q)));
}
