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

/** `a and b and …` of expressions built here, or undefined when it would be too long. */
export function allOfFilter(expressions: readonly string[]): string | undefined {
  const expr = expressions.map((e) => `(${e})`).join(' and ');
  return expr.length <= MAX_FILTER_LENGTH ? expr : undefined;
}
