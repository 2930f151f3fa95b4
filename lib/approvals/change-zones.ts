/**
 * The management zones (names) a change touches: those of the object before the change and
 * after it, as `lib/alerting` reads them from the values. A problem notification touches its
 * alerting profile's zones. Whatever cannot be named — a global object, an unknown zone id, a
 * profile that cannot be read, a malformed value — makes the answer incomplete, and an
 * incomplete answer makes every zone-bound approval rule match (`rules.ts`): fail closed.
 */
import { ALERTING_PROFILE, managementZoneIdsOf } from '../alerting/index';
import type { ZoneTable } from '../teams/zones';
import type { ApprovalRule, ChangeOperation } from '../teams/model';
import { matchApprovalRule, type ApprovalMatch, type ChangeZones } from './rules';

export interface ChangeZoneInput {
  schemaId: string;
  /** the value before (update, delete) and after (create, update) the change */
  values: readonly unknown[];
  zones: ZoneTable;
  /** an alerting profile's value by objectId; undefined when missing or unreadable */
  alertingProfile(objectId: string): unknown;
}

export function zonesOfChange(input: ChangeZoneInput): ChangeZones {
  const names = new Set<string>();
  let complete = true;
  const visit = (schemaId: string, value: unknown, depth: number): void => {
    const scope = managementZoneIdsOf(schemaId, value);
    switch (scope.kind) {
      case 'zones':
        for (const id of scope.ids) {
          const name = input.zones.nameOf(id);
          if (name === undefined) complete = false;
          else names.add(name);
        }
        for (const name of scope.names) {
          names.add(name);
          if (!input.zones.hasName(name)) complete = false;
        }
        if (scope.ids.length + scope.names.length === 0) complete = false;
        return;
      case 'via-alerting-profile': {
        const profile = depth === 0 && scope.alertingProfileId !== undefined ? input.alertingProfile(scope.alertingProfileId) : undefined;
        if (profile === undefined) complete = false;
        else visit(ALERTING_PROFILE, profile, depth + 1);
        return;
      }
      default:
        complete = false;
    }
  };
  for (const value of input.values) visit(input.schemaId, value, 0);
  return { names: [...names], complete };
}

/**
 * The team's approval rule a change falls under (first in the team's order), the zones read from
 * its values: the one question the guarded write, the proposal and the plan ask alike.
 */
export function approvalRuleForChange(rules: readonly ApprovalRule[], change: ChangeZoneInput & { operation: ChangeOperation }): ApprovalMatch | undefined {
  if (rules.length === 0) return undefined;
  return matchApprovalRule(rules, { schemaId: change.schemaId, operation: change.operation, zones: zonesOfChange(change) });
}
