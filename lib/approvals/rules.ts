/**
 * Which approval rule of a team a change falls under. Pure: the caller says which management
 * zones the change touches (before and after it) and whether that list is complete. An
 * incomplete list (a global object, a notification whose profile cannot be read, an unknown zone
 * id) fails closed: a rule that names zones then matches, because the change might touch them.
 */
import type { ApprovalRule, ChangeOperation } from '../teams/model';

/** The management zones (names) a change touches; `complete: false` when some could not be named. */
export interface ChangeZones {
  names: readonly string[];
  complete: boolean;
}

export interface ApprovalChange {
  schemaId: string;
  operation: ChangeOperation;
  zones: ChangeZones;
}

/** The first rule (in the team's order) a change falls under, with its position in the list. */
export interface ApprovalMatch {
  index: number;
  rule: ApprovalRule;
}

export function ruleCovers(rule: ApprovalRule, change: ApprovalChange): boolean {
  if (!rule.schemaIds.includes(change.schemaId)) return false;
  if (!rule.operations.includes(change.operation)) return false;
  if (rule.zones === undefined) return true;
  if (!change.zones.complete) return true;
  return change.zones.names.some((z) => rule.zones!.includes(z));
}

export function matchApprovalRule(rules: readonly ApprovalRule[], change: ApprovalChange): ApprovalMatch | undefined {
  const index = rules.findIndex((rule) => ruleCovers(rule, change));
  return index < 0 ? undefined : { index, rule: rules[index]! };
}

const OPERATION_WORDS: Record<ChangeOperation, string> = { create: 'creating', update: 'changing', delete: 'deleting' };

function words(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]!}`;
}

/**
 * The rule in words, for messages and the UI: "deleting `builtin:alerting.profile` or
 * `builtin:problem.notifications` objects", "… in management zone `Payments`". `schemaName`
 * turns a schema id into the words the caller knows (the UI passes page titles).
 */
export function describeApprovalRule(rule: ApprovalRule, schemaName: (schemaId: string) => string = (s) => `\`${s}\``): string {
  const ops = words(rule.operations.map((o) => OPERATION_WORDS[o]));
  const schemas = words(rule.schemaIds.map(schemaName));
  const zones = rule.zones ? ` in management zone${rule.zones.length === 1 ? '' : 's'} ${words(rule.zones.map((z) => `\`${z}\``))}` : '';
  return `${ops} ${schemas} objects${zones}`;
}
