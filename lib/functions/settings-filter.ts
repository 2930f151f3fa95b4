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
  // stops quoting once the limit is passed: a team's 1,000 profile ids would never fit anyway
  const quoted: string[] = [];
  let length = field.length + ' in()'.length;
  for (const v of new Set(values)) {
    const q = quoteFilterString(v);
    length += q.length + (quoted.length > 0 ? 1 : 0);
    if (length > MAX_FILTER_LENGTH) return undefined;
    quoted.push(q);
  }
  return `${field} in(${quoted.join(',')})`;
}

export function equalsFilter(field: string, value: string): string | undefined {
  if (!FIELD.test(field)) throw new Error('invalid filter field');
  const expr = `${field} = ${quoteFilterString(value)}`;
  return expr.length <= MAX_FILTER_LENGTH ? expr : undefined;
}

/** `field >= 'from' and field <= 'to'` with ISO 8601 instants (both ends inclusive). */
export function timeRangeFilter(field: string, from: number, to: number): string {
  if (!FIELD.test(field)) throw new Error('invalid filter field');
  return `${field} >= ${quoteFilterString(new Date(from).toISOString())} and ${field} <= ${quoteFilterString(new Date(to).toISOString())}`;
}

/** The conjunction of expressions, or undefined when it would be too long. */
export function allOf(...expressions: Array<string | undefined>): string | undefined {
  const parts = expressions.filter((e): e is string => e !== undefined);
  const expr = parts.join(' and ');
  return expr.length <= MAX_FILTER_LENGTH ? expr : undefined;
}
