/**
 * Decides how a user-supplied value (zone name, schema id, app id) may enter policy text; any
 * generator of policy text (e.g. the policy calculator's) quotes values only through here.
 * The language documents no escape sequences, so nothing is escaped: a value is quoted with the
 * quote character it does not contain, and refused when it cannot be written so that it parses
 * back to exactly itself or could be read differently by Dynatrace: both quote kinds, a
 * backslash (escape semantics undocumented), control characters and line breaks, `${`
 * (would become a placeholder), empty or over-long values. `;` and `//` inside quotes are safe.
 */
import { diagnosticFactory, type Diagnostic } from '../../diagnostics';
import { IAM_CODES } from '../codes';

export const MAX_VALUE_LENGTH = 500;

/** Why a value cannot be written into policy text (`iam/generate/unsafe-value`, no location: the value is input, not text). */
export type UnsafeValue = Diagnostic<'iam/generate/unsafe-value'>;

const make = diagnosticFactory(IAM_CODES);

export function checkValue(kind: string, value: string): UnsafeValue | undefined {
  const bad = (why: string, help: string): UnsafeValue => make('iam/generate/unsafe-value', `${kind} \`${shown(value)}\` ${why}`, { help });
  if (typeof value !== 'string' || value.length === 0) return bad('is empty', `give a non-empty ${kind}`);
  if (value.length > MAX_VALUE_LENGTH) return bad(`is longer than ${MAX_VALUE_LENGTH} characters`, `shorten the ${kind}`);
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) return bad('contains a line break or control character', `rename the ${kind} without line breaks or control characters`);
  if (value.includes('\\')) return bad('contains a backslash, whose meaning in policy values is undocumented', `rename the ${kind} without \`\\\``);
  if (value.includes('"') && value.includes("'")) return bad('contains both `"` and `\'` and cannot be quoted', `rename the ${kind} to use only one kind of quote`);
  if (value.includes('${')) return bad('contains `${`, which policies read as a placeholder', `rename the ${kind} without \`\${\``);
  return undefined;
}

/** The value as a policy literal (call only after `checkValue` passed). */
export function quote(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

function shown(v: unknown): string {
  const s = String(v);
  // eslint-disable-next-line no-control-regex -- control characters are escaped for display
  return (s.length > 60 ? `${s.slice(0, 60)}…` : s).replace(/[\u0000-\u001f\u007f`\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
