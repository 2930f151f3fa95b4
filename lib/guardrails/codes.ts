/**
 * The diagnostic codes of the guardrails, with each code's meaning. Every guardrail code is an
 * `error` when its rule is enforced; the engine lowers it to `warning` (`warn` mode) or `info`
 * (`dry-run`), except for `failClosed` codes: what cannot be decided or attributed blocks
 * whatever the team's mode. Part of the one catalog (`lib/codes`).
 */
import type { CodeInfo } from '../diagnostics';

export const GUARDRAIL_CODES = {
  'guardrail/schema/unknown': { severity: 'error', failClosed: true, summary: 'a schema that is not one of the alerting schemas the app manages' },
  'guardrail/schema/not-allowed': { severity: 'error', failClosed: true, summary: 'a schema the team mapping does not allow' },
  'guardrail/scope/foreign-zone': { severity: 'error', summary: 'a management zone of another team (or of none)' },
  'guardrail/scope/global-object': { severity: 'error', summary: 'an object not limited to a management zone, so no team owns it' },
  'guardrail/scope/unknown-zone': { severity: 'error', failClosed: true, summary: 'a management zone id or name that does not exist' },
  'guardrail/owner/unresolved': { severity: 'error', failClosed: true, summary: 'an object whose owner cannot be determined (missing or unreadable alerting profile, malformed selector)' },
  'guardrail/notification/foreign-profile': { severity: 'error', summary: 'a problem notification on an alerting profile of another team' },
  'guardrail/notification/type-not-allowed': { severity: 'error', summary: 'a notification type the team may not use' },
  'guardrail/notification/target-not-allowed': { severity: 'error', summary: 'an e-mail domain, webhook host or Slack channel outside the team\'s allowlist' },
  'guardrail/naming/prefix': { severity: 'error', summary: 'a name that does not start with the team\'s prefix' },
  'guardrail/naming/pattern': { severity: 'error', summary: 'a name that does not match the team\'s naming pattern' },
  'guardrail/naming/unsafe-pattern': { severity: 'error', failClosed: true, summary: 'a team naming pattern that is refused (unsafe regular expression)' },
  'guardrail/quota/exceeded': { severity: 'error', summary: 'a create that takes the team above its quota for the schema' },
  'guardrail/quota/over': { severity: 'error', summary: 'a listed object beyond the team\'s quota for its schema (created outside the app or before the quota was lowered)' },
  'guardrail/quota/unknown': { severity: 'error', failClosed: true, summary: 'the team\'s number of objects of the schema cannot be read' },
  'guardrail/quota/undo-failed': { severity: 'error', summary: 'a new object over the quota that could not be removed again' },
  'guardrail/metric/invalid-key': { severity: 'error', summary: 'a metric event whose metric key is not a metric key (a warning when an update keeps it)' },
  'guardrail/metric/unknown-key': { severity: 'error', summary: 'a metric event whose metric key the metrics catalog does not have, with did-you-mean (a warning when an update keeps it)' },
  'guardrail/metric/unverified': { severity: 'warning', summary: 'the metrics catalog could not be read (permission or outage), so the metric key was not checked; the write is not blocked' },
  'guardrail/engine/error': { severity: 'error', failClosed: true, summary: 'a rule that could not be evaluated' },
} as const satisfies Readonly<Record<string, CodeInfo & { failClosed?: true }>>;

export type GuardrailCode = keyof typeof GUARDRAIL_CODES;

/** Whether `code` blocks regardless of the rule's mode. */
export function isFailClosed(code: GuardrailCode): boolean {
  return 'failClosed' in GUARDRAIL_CODES[code];
}
