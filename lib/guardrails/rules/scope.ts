/**
 * Scope rule: the object must lie inside the caller's team — both as it is now (update, delete)
 * and as it will be (create, update). A notification is owned through its alerting profile.
 * Anything that cannot be attributed (unknown zone id, malformed selector, missing profile)
 * fails closed regardless of the team's scope mode.
 */
import { teamZoneNames, type TeamMapping } from '../../teams/model';
import type { GuardrailInput, ObjectScope, Rule, Violation, ZoneRef } from '../types';

const PROFILE_SCHEMA = 'builtin:alerting.profile';

function ownerOf(zoneName: string, input: GuardrailInput): TeamMapping | undefined {
  return input.allTeams.find((t) => t.id !== input.team.id && teamZoneNames(t).includes(zoneName));
}

function zoneViolations(zones: ZoneRef[], input: GuardrailInput, when: 'now' | 'after'): Violation[] {
  const mine = teamZoneNames(input.team); // a handful of names: no Set for each of thousands of listed objects
  const out: Violation[] = [];
  const prefix = when === 'now' ? 'this object is currently in ' : '';
  for (const z of zones) {
    const name = z.name ?? (z.id !== undefined ? input.zones.nameOf(z.id) : undefined);
    if (name === undefined || (z.name !== undefined && !input.zones.hasName(z.name) && z.id === undefined)) {
      out.push({
        code: 'guardrail/scope/unknown-zone', path: z.path, alwaysEnforce: true,
        message: `${prefix}management zone \`${z.id ?? z.name ?? ''}\` is unknown`,
        help: `use one of your team's management zones: ${mine.join(', ')}`,
      });
      continue;
    }
    if (mine.includes(name)) continue;
    const owner = ownerOf(name, input);
    out.push({
      code: 'guardrail/scope/foreign-zone', path: z.path,
      message: owner
        ? `${prefix}management zone \`${name}\` belongs to team \`${owner.id}\`, not to your team \`${input.team.id}\``
        : `${prefix}management zone \`${name}\` is not one of your team \`${input.team.id}\`'s zones`,
      help: `use one of your team's management zones: ${mine.join(', ')}`,
    });
  }
  return out;
}

function scopeViolations(scope: ObjectScope, input: GuardrailInput, when: 'now' | 'after', depth = 0): Violation[] {
  switch (scope.kind) {
    case 'zones':
      if (scope.zones.length === 0) return scopeViolations({ kind: 'global', path: '' }, input, when, depth);
      return zoneViolations(scope.zones, input, when);
    case 'global':
      return [{
        code: 'guardrail/scope/global-object', path: scope.path,
        message: when === 'now' ? 'this object is not limited to a management zone, so no team owns it' : 'the object must be limited to one of your team\'s management zones',
        help: `set a management zone of your team: ${teamZoneNames(input.team).join(', ')}`,
      }];
    case 'unresolvable':
      return [{ code: 'guardrail/owner/unresolved', path: scope.path, alwaysEnforce: true, message: `the owner of this object cannot be determined: ${scope.reason}` }];
    case 'via-alerting-profile': {
      const profile = depth === 0 ? input.alertingProfile(scope.profileId) : undefined;
      if (profile === undefined) {
        return [{
          code: 'guardrail/owner/unresolved', path: scope.path, alwaysEnforce: true,
          message: `alerting profile \`${scope.profileId}\` does not exist or is not readable`,
          help: 'choose an alerting profile of your team',
        }];
      }
      const inner = scopeViolations(input.knowledge.scopeOf(PROFILE_SCHEMA, profile), input, when, depth + 1);
      if (inner.length === 0) return [];
      const profileName = input.knowledge.nameOf(PROFILE_SCHEMA, profile)?.name ?? scope.profileId;
      return inner.map((v) => ({
        ...v,
        code: v.code === 'guardrail/scope/foreign-zone' || v.code === 'guardrail/scope/global-object' ? 'guardrail/notification/foreign-profile' : v.code,
        path: scope.path,
        message: `alerting profile \`${profileName}\`: ${v.message}`,
        help: 'choose an alerting profile of your team',
      }));
    }
  }
}

export const scopeRule: Rule = {
  name: 'scope',
  mode: (team) => team.scopeMode,
  check(input) {
    const out: Violation[] = [];
    if (input.operation !== 'create') out.push(...scopeViolations(input.knowledge.scopeOf(input.schemaId, input.before), input, 'now'));
    // an update that keeps the very same value (the compliance check of a listed or opened
    // object) stays where it is: checking it again would only repeat the findings
    const unchanged = input.operation === 'update' && input.after === input.before;
    if (input.operation !== 'delete' && !unchanged) out.push(...scopeViolations(input.knowledge.scopeOf(input.schemaId, input.after), input, 'after'));
    return out;
  },
};
