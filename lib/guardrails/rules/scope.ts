/**
 * Scope rule: the object must lie inside the caller's team — both as it is now (update, delete)
 * and as it will be (create, update). A notification is owned through its alerting profile.
 * Anything that cannot be attributed (unknown zone id, malformed selector, missing profile)
 * fails closed regardless of the team's scope mode.
 */
import { teamZoneNames, type TeamMapping } from '../../teams/model';
import { ruleDiagnostic } from '../rule-diagnostic';
import type { GuardrailInput, ObjectScope, Rule, RuleDiagnostic, ZoneRef } from '../types';

const PROFILE_SCHEMA = 'builtin:alerting.profile';

function ownerOf(zoneName: string, input: GuardrailInput): TeamMapping | undefined {
  return input.allTeams.find((t) => t.id !== input.team.id && teamZoneNames(t).includes(zoneName));
}

function zoneViolations(zones: ZoneRef[], input: GuardrailInput, when: 'now' | 'after'): RuleDiagnostic[] {
  const mine = teamZoneNames(input.team); // a handful of names: no Set for each of thousands of listed objects
  const out: RuleDiagnostic[] = [];
  const prefix = when === 'now' ? 'this object is currently in ' : '';
  for (const z of zones) {
    const name = z.name ?? (z.id !== undefined ? input.zones.nameOf(z.id) : undefined);
    if (name === undefined || (z.name !== undefined && !input.zones.hasName(z.name) && z.id === undefined)) {
      out.push(ruleDiagnostic('guardrail/scope/unknown-zone', z.path, `${prefix}management zone \`${z.id ?? z.name ?? ''}\` is unknown`,
        `use one of your team's management zones: ${mine.join(', ')}`));
      continue;
    }
    if (mine.includes(name)) continue;
    const owner = ownerOf(name, input);
    out.push(ruleDiagnostic('guardrail/scope/foreign-zone', z.path,
      owner
        ? `${prefix}management zone \`${name}\` belongs to team \`${owner.id}\`, not to your team \`${input.team.id}\``
        : `${prefix}management zone \`${name}\` is not one of your team \`${input.team.id}\`'s zones`,
      `use one of your team's management zones: ${mine.join(', ')}`));
  }
  return out;
}

function scopeViolations(scope: ObjectScope, input: GuardrailInput, when: 'now' | 'after', depth = 0): RuleDiagnostic[] {
  switch (scope.kind) {
    case 'zones':
      if (scope.zones.length === 0) return scopeViolations({ kind: 'global', path: '' }, input, when, depth);
      return zoneViolations(scope.zones, input, when);
    case 'global':
      return [ruleDiagnostic('guardrail/scope/global-object', scope.path,
        when === 'now' ? 'this object is not limited to a management zone, so no team owns it' : 'the object must be limited to one of your team\'s management zones',
        `set a management zone of your team: ${teamZoneNames(input.team).join(', ')}`)];
    case 'unresolvable':
      return [ruleDiagnostic('guardrail/owner/unresolved', scope.path, `the owner of this object cannot be determined: ${scope.reason}`)];
    case 'via-alerting-profile': {
      const profile = depth === 0 ? input.alertingProfile(scope.profileId) : undefined;
      if (profile === undefined) {
        return [ruleDiagnostic('guardrail/owner/unresolved', scope.path, `alerting profile \`${scope.profileId}\` does not exist or is not readable`,
          'choose an alerting profile of your team')];
      }
      const inner = scopeViolations(input.knowledge.scopeOf(PROFILE_SCHEMA, profile), input, when, depth + 1);
      if (inner.length === 0) return [];
      const profileName = input.knowledge.nameOf(PROFILE_SCHEMA, profile)?.name ?? scope.profileId;
      // the profile's zone problems are the notification's, at its profile reference
      return inner.map((v) => ruleDiagnostic(
        v.code === 'guardrail/scope/foreign-zone' || v.code === 'guardrail/scope/global-object' ? 'guardrail/notification/foreign-profile' : v.code,
        scope.path, `alerting profile \`${profileName}\`: ${v.message}`, 'choose an alerting profile of your team'));
    }
  }
}

export const scopeRule: Rule = {
  name: 'scope',
  mode: (team) => team.scopeMode,
  check(input) {
    const out: RuleDiagnostic[] = [];
    if (input.operation !== 'create') out.push(...scopeViolations(input.knowledge.scopeOf(input.schemaId, input.before), input, 'now'));
    // an update that keeps the very same value (the compliance check of a listed or opened
    // object) stays where it is: checking it again would only repeat the findings
    const unchanged = input.operation === 'update' && input.after === input.before;
    if (input.operation !== 'delete' && !unchanged) out.push(...scopeViolations(input.knowledge.scopeOf(input.schemaId, input.after), input, 'after'));
    return out;
  },
};
