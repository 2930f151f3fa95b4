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

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]!}`;
}

/** How `describeApprovalRule` names schemas and zones, and what it calls the objects. */
export interface RuleWords {
  schema?: (schemaId: string) => string;
  zone?: (zone: string) => string;
  /** appended to the schemas (" objects" for schema ids; nothing for plural titles) */
  objects?: string;
}

/**
 * The rule in words. Messages keep the ids in backticks ("deleting `builtin:alerting.profile` or
 * `builtin:problem.notifications` objects in management zone `Payments`"); the UI passes the
 * titles the user knows ("deleting alerting profiles or problem notifications").
 */
export function describeApprovalRule(rule: ApprovalRule, words: RuleWords = {}): string {
  const schema = words.schema ?? ((s: string) => `\`${s}\``);
  const zone = words.zone ?? ((z: string) => `\`${z}\``);
  const objects = words.objects ?? ' objects';
  const ops = list(rule.operations.map((o) => OPERATION_WORDS[o]));
  const zones = rule.zones ? ` in management zone${rule.zones.length === 1 ? '' : 's'} ${list(rule.zones.map(zone))}` : '';
  return `${ops} ${list(rule.schemaIds.map(schema))}${objects}${zones}`;
}
