/**
 * The history timeline as a CSV file: one record per entry in the order shown (the filtered
 * list), with a header. People, schema names and object names are described by the caller (the
 * UI resolves names); every field goes through `toCsv` (quoting, formula neutralisation).
 */
import type { Revision } from '../contracts/get-alerting-history';
import { toCsv } from './csv';
import { provenanceLabel, type TimelineEntry } from './history-timeline';

export const HISTORY_CSV_HEADER = ['time', 'person', 'person id', 'operation', 'type', 'object', 'object id', 'zones', 'made', 'app id', 'revision'] as const;

const OPERATION: Record<NonNullable<Revision['type']>, string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', REORDER: 'reordered', NO_CHANGE: 'saved without change' };

export interface CsvDescriptions {
  person: (id: string) => string;
  schema: (schemaId: string) => string;
  object: (r: Revision) => string;
}

export function historyCsv(entries: readonly TimelineEntry[], describe: CsvDescriptions): string {
  const records: string[][] = [[...HISTORY_CSV_HEADER]];
  for (const { revision: r, zones, provenance } of entries) {
    records.push([
      r.modifiedTime ?? '',
      r.modifiedBy ? describe.person(r.modifiedBy) : 'unknown',
      r.modifiedBy ?? '',
      r.type ? OPERATION[r.type] : 'changed',
      describe.schema(r.schemaId),
      describe.object(r),
      r.objectId,
      zones.join('; '),
      provenanceLabel(provenance),
      r.appId ?? '',
      r.revision ?? '',
    ]);
  }
  return toCsv(records);
}

/** The day of an ISO date-time (UTC), as a file name carries it; `unknown` when it does not parse. */
const dayOf = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 'unknown' : new Date(t).toISOString().slice(0, 10);
};

/** `team-<id>-history-<from>-<to>.csv`, the days of the range in UTC; the team id reduced to a safe alphabet. */
export function historyCsvFileName(teamId: string, range: { from: string; to: string }): string {
  const team = teamId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `team-${team}-history-${dayOf(range.from)}-${dayOf(range.to)}.csv`;
}
