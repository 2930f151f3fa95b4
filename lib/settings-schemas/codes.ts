/**
 * The diagnostic codes of the form model's as-you-type checks (`form/field-checks.ts`) and the
 * editor's own check of a new object's name: the part of the platform's validation a field can
 * say before the preview answers. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const FORM_CODES = {
  'form/required': { severity: 'error', summary: 'a required field without a value' },
  'form/name-required': { severity: 'error', summary: 'a new object whose name is still empty or only the team\'s prefix' },
  'form/type': { severity: 'error', summary: 'a value of the wrong type for its field (text for a number, no list)' },
  'form/length': { severity: 'error', summary: 'a text shorter or longer than the schema allows' },
  'form/blank': { severity: 'error', summary: 'a text the schema requires not to be blank' },
  'form/trimmed': { severity: 'error', summary: 'a text with spaces at the start or end where the schema forbids them' },
  'form/pattern': { severity: 'error', summary: 'a text that does not match the schema\'s pattern' },
  'form/range': { severity: 'error', summary: 'a number outside the range the schema allows' },
  'form/count': { severity: 'error', summary: 'a list with fewer or more items than the schema allows' },
} as const satisfies CodeTable;

export type FormCode = keyof typeof FORM_CODES;
