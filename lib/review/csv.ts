/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF (quotes inside doubled). Names, object names and values come
 * from users, so a field a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return; OWASP "CSV injection") is neutralised with a leading apostrophe,
 * which spreadsheets show as text and do not evaluate.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written: neutralised against formulas, then quoted when needed. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The records as one CSV text (CRLF after every record, the last one included). */
export function toCsv(records: ReadonlyArray<readonly string[]>): string {
  let out = '';
  for (const record of records) out += `${record.map(csvField).join(',')}\r\n`;
  return out;
}
