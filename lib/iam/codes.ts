/**
 * The diagnostic codes of the IAM policy language library, with each code's severity and meaning.
 * Codes are API (the CLI prints them, pipelines match on them); messages are not. Part of the
 * project's one catalog (`lib/codes`), declared here so `lib/iam` stays generic: it imports only
 * `lib/diagnostics`. A new code: one line here, then `spanDiagnostic('iam/…', …)`.
 */
import type { CodeTable } from '../diagnostics';

export const IAM_CODES = {
  'iam/parse/unexpected-character': { severity: 'error', summary: 'a character that cannot start a token (values must be quoted)' },
  'iam/parse/unterminated-string': { severity: 'error', summary: 'a quoted value without its closing quote on the same line' },
  'iam/parse/unexpected-token': { severity: 'error', summary: 'a token the grammar does not allow at this place' },
  'iam/parse/missing-permission': { severity: 'error', summary: 'an `ALLOW` or `DENY` without permissions' },
  'iam/parse/missing-semicolon': { severity: 'error', summary: 'a statement that does not end with `;`' },
  'iam/parse/unsupported-or': { severity: 'error', summary: '`OR` between conditions, which policies do not support' },
  'iam/parse/empty-list': { severity: 'error', summary: 'a parenthesised value list without values' },
  'iam/parse/too-many-errors': { severity: 'error', summary: 'the parser stopped reporting after 100 errors' },
  'iam/parse/boundary-where': { severity: 'error', summary: 'a boundary written with `WHERE`' },
  'iam/parse/boundary-statement': { severity: 'error', summary: 'an `ALLOW` or `DENY` statement in a boundary' },
  'iam/parse/boundary-and': { severity: 'error', summary: '`AND` or `OR` between boundary conditions (one condition per line)' },
  'iam/validate/invalid-permission': { severity: 'error', summary: 'a permission not shaped `service:resource:action`' },
  'iam/validate/unknown-service': { severity: 'error', summary: 'a permission of a service the catalog does not know' },
  'iam/validate/unknown-permission': { severity: 'error', summary: 'a permission the catalog does not know' },
  'iam/validate/unknown-condition': { severity: 'error', summary: 'a condition not defined for the permission (or for any permission, in a boundary)' },
  'iam/validate/operator-not-allowed': { severity: 'error', summary: 'an operator the condition does not allow' },
  'iam/validate/value-shape': { severity: 'error', summary: 'a single value where the operator needs a list, or a list where it needs one value' },
  'iam/validate/missing-parameter': { severity: 'error', summary: 'a bind parameter the binding gives no value for' },
  'iam/validate/too-many-statements': { severity: 'error', summary: 'a policy with more than 100 statements' },
  'iam/validate/too-many-restrictions': { severity: 'error', summary: 'a boundary with more than 10 conditions' },
  'iam/validate/contradiction': { severity: 'error', summary: 'conditions of one statement that no request can meet together (the statement never matches)' },
  'iam/validate/condition-applies-to-none': { severity: 'error', summary: 'a condition defined for none of the statement\'s permissions (the statement never matches)' },
  'iam/validate/zone-not-applicable': { severity: 'warning', summary: 'a management-zone condition on a schema whose objects carry no zone' },
  'iam/validate/app-id-not-applicable': { severity: 'warning', summary: '`shared:app-id` on a builtin schema, which carries no app id' },
  'iam/validate/duplicate-permission': { severity: 'warning', summary: 'a permission listed twice in one statement' },
  'iam/validate/duplicate-statement': { severity: 'warning', summary: 'a statement that repeats an earlier one' },
  'iam/validate/duplicate-condition': { severity: 'warning', summary: 'a boundary condition that repeats an earlier one' },
  'iam/validate/redundant-permission': { severity: 'warning', summary: 'a permission already granted or denied without conditions elsewhere' },
  'iam/validate/overridden-by-deny': { severity: 'warning', summary: 'a grant that an unconditional `DENY` voids' },
  'iam/validate/unused-parameter': { severity: 'warning', summary: 'a bind parameter of the binding the policy does not use' },
  'iam/validate/unknown-placeholder': { severity: 'warning', summary: 'a `${…}` placeholder that is neither a bind parameter nor a global, compared literally' },
  'iam/validate/unconditional-deny': { severity: 'info', summary: 'a `DENY` without conditions (granting less is preferred)' },
  'iam/validate/single-value-list': { severity: 'info', summary: '`IN` with one value, which `=` says the same as' },
  'iam/bind/invalid-binding': { severity: 'error', summary: 'a binding without policy text' },
  'iam/bind/missing-parameter': { severity: 'error', summary: 'a binding without a value for a bind parameter its policy uses' },
  'iam/analysis/unscoped-settings-write': { severity: 'warning', summary: 'a settings write without a positive schema or zone condition' },
  'iam/analysis/classic-role': { severity: 'warning', summary: 'a classic `environment:roles:*` permission, which voids management-zone limits' },
  'iam/analysis/broad-grant': { severity: 'warning', summary: 'a write-like permission granted without conditions' },
  'iam/analysis/broad-read': { severity: 'info', summary: 'a read permission granted without conditions' },
  'iam/analysis/condition-matches-everything': { severity: 'warning', summary: 'a condition that matches every value (`startsWith ""`, `MATCH "*"`)' },
  'iam/analysis/boundary-not-applied': { severity: 'warning', summary: 'a boundary with no condition that applies to a permission, so it does not restrict it' },
  'iam/generate/unsafe-value': { severity: 'error', summary: 'a value that cannot be written into policy text safely (quotes, backslash, control characters)' },
} as const satisfies CodeTable;

export type IamCode = keyof typeof IAM_CODES;
