/**
 * Builds Settings API filter expressions. Every value placed into a filter goes through
 * `quoteFilterString` (platform filter syntax: single-quoted strings, `\` escapes), so a zone id
 * or objectId can never close the string and inject another condition. Field names are
 * constants of this module, never user input.
 */

export const MAX_FILTER_LENGTH = 1024;

export function quoteFilterString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const FIELD = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/** `field in('a','b')`, or undefined when there are no values or the expression would be too long. */
export function inFilter(field: string, values: readonly string[]): string | undefined {
  if (!FIELD.test(field)) throw new Error('invalid filter field');
  if (values.length === 0) return undefined;
  const expr = `${field} in(${[...new Set(values)].map(quoteFilterString).join(',')})`;
  return expr.length <= MAX_FILTER_LENGTH ? expr : undefined;
}

export function equalsFilter(field: string, value: string): string | undefined {
  if (!FIELD.test(field)) throw new Error('invalid filter field');
  const expr = `${field} = ${quoteFilterString(value)}`;
  return expr.length <= MAX_FILTER_LENGTH ? expr : undefined;
}
