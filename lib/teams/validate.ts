/**
 * Validation of team mappings beyond their shape: references to things that must exist
 * (management zones, schemas, notification types), approval rules that name foreign zones,
 * conflicts between teams, and unsafe naming patterns. Errors make an upsert `invalid`. A zone
 * another team claims too is an error unless the team declares it in `sharedZones` (then it is
 * reported as information): overlapping ownership is sometimes intended, but never by accident.
 */
import { diagnostic, type AppDiagnostic, type DiagnosticCode } from '../codes';
import { teamZoneNames, type TeamMapping } from './model';
import { compileNamingPattern } from './naming-pattern';
import { teamLabel, zoneOverlaps } from './team-input';
import type { ZoneTable } from './zones';

/** A diagnostic about one team: its location is the path inside the team value (`scope/managementZones/1`). */
export type TeamDiagnostic = AppDiagnostic & { teamId: string };

function teamDiagnostic(teamId: string, code: DiagnosticCode, path: string, message: string, help?: string): TeamDiagnostic {
  return { ...diagnostic(code, message, { location: { path }, help }), teamId };
}

export interface TeamValidationContext {
  /** zones the validator can see; omit to skip the existence check (e.g. zone list unavailable) */
  zones?: ZoneTable;
  knownSchemaIds: readonly string[];
  knownNotificationTypes?: readonly string[];
}

export function validateTeam(team: TeamMapping, ctx: TeamValidationContext): TeamDiagnostic[] {
  const out: TeamDiagnostic[] = [];
  const d = (code: DiagnosticCode, path: string, message: string, help?: string) => out.push(teamDiagnostic(team.id, code, path, message, help));

  if (team.members.length === 0 && team.leads.length === 0) {
    d('team/members/empty', 'members', `team \`${team.id}\` has no members or leads`, 'add at least one member e-mail');
  }
  const zones = teamZoneNames(team);
  if (zones.length === 0) {
    d('team/scope/empty', 'scope/managementZones', `team \`${team.id}\` owns no management zone, so it cannot write anything`);
  }
  zones.forEach((name, i) => {
    if (ctx.zones && !ctx.zones.hasName(name)) {
      d('team/scope/unknown-zone', `scope/managementZones/${i}`, `management zone \`${name}\` does not exist`,
        'use the exact name of an existing management zone');
    }
  });
  team.sharedZones.forEach((name, i) => {
    if (!zones.includes(name)) {
      d('team/scope/shared-not-owned', `sharedZones/${i}`, `“${name}” is marked as shared but is not one of the team’s management zones`,
        'pick the zone as one of the team’s zones, or remove it from the shared zones');
    }
  });
  const known = new Set(ctx.knownSchemaIds);
  team.allowedSchemas.forEach((s, i) => {
    if (!known.has(s)) d('team/schema/unknown', `allowedSchemas/${i}`, `unknown schema \`${s}\``, `use one of ${ctx.knownSchemaIds.join(', ')}`);
  });
  team.quotas.forEach((q, i) => {
    if (!known.has(q.schemaId)) d('team/schema/unknown', `quotas/${i}/schemaId`, `unknown schema \`${q.schemaId}\``);
  });
  if (ctx.knownNotificationTypes) {
    const types = new Set(ctx.knownNotificationTypes);
    team.notifications.allowedTypes.forEach((t, i) => {
      if (!types.has(t)) d('team/notification/unknown-type', `notifications/allowedTypes/${i}`, `unknown notification type \`${t}\``);
    });
  }
  team.approvals.forEach((rule, i) => {
    rule.schemaIds.forEach((s, j) => {
      if (!known.has(s)) d('team/schema/unknown', `approvals/${i}/schemaIds/${j}`, `unknown schema \`${s}\``, `use one of ${ctx.knownSchemaIds.join(', ')}`);
    });
    // a rule naming a zone the team does not own could never match a change the team makes
    (rule.zones ?? []).forEach((z, j) => {
      if (!zones.includes(z)) {
        d('team/approval/foreign-zone', `approvals/${i}/zones/${j}`, `management zone \`${z}\` is not one of team \`${team.id}\`'s zones`,
          'name one of the team\'s own management zones, or leave the zones out to cover all of them');
      }
    });
  });
  if (team.naming?.kind === 'pattern') {
    const c = compileNamingPattern(team.naming.value);
    if (!c.ok) d('team/naming/unsafe-pattern', 'naming/value', `naming pattern is refused: ${c.reason}`,
      'use a simpler pattern or a prefix rule');
  }
  return out;
}

/** Validates all teams together: each team on its own plus duplicate ids and zones claimed twice. */
export function validateTeams(teams: readonly TeamMapping[], ctx: TeamValidationContext): TeamDiagnostic[] {
  const out = teams.flatMap((t) => validateTeam(t, ctx));
  const ids = new Map<string, number>();
  for (const t of teams) {
    ids.set(t.id, (ids.get(t.id) ?? 0) + 1);
  }
  for (const [id, n] of ids) {
    if (n > 1) out.push(teamDiagnostic(id, 'team/id/duplicate', 'id', `team id \`${id}\` is used ${n} times`));
  }
  for (const team of teams) {
    for (const o of zoneOverlaps(team, teams)) {
      const names = o.owners.map(teamLabel).join(', ');
      out.push(o.shared
        ? teamDiagnostic(team.id, 'team/scope/shared-zone', `scope/managementZones/${o.index}`, `management zone “${o.zone}” is shared with ${names}`)
        : teamDiagnostic(team.id, 'team/scope/zone-owned', `scope/managementZones/${o.index}`, `management zone “${o.zone}” already belongs to ${names}`,
          'pick another zone, or mark it as a shared zone if both teams should change its alerting'));
    }
  }
  return out;
}
