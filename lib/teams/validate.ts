/**
 * Validation of team mappings beyond their shape: references to things that must exist
 * (management zones, schemas, notification types), conflicts between teams, and unsafe naming
 * patterns. Errors make an upsert `invalid`; warnings (a zone claimed by two teams) are reported
 * but do not block, because overlapping ownership is sometimes intended during a migration.
 */
import { diagnostic, type AppDiagnostic, type DiagnosticCode } from '../codes';
import { teamZoneNames, type TeamMapping } from './model';
import { compileNamingPattern } from './naming-pattern';
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
  const claims = new Map<string, string[]>();
  for (const t of teams) {
    ids.set(t.id, (ids.get(t.id) ?? 0) + 1);
    for (const z of teamZoneNames(t)) claims.set(z, [...(claims.get(z) ?? []), t.id]);
  }
  for (const [id, n] of ids) {
    if (n > 1) out.push(teamDiagnostic(id, 'team/id/duplicate', 'id', `team id \`${id}\` is used ${n} times`));
  }
  for (const [zone, owners] of claims) {
    const unique = [...new Set(owners)];
    if (unique.length > 1) {
      for (const teamId of unique) {
        const others = unique.filter((o) => o !== teamId).map((o) => `\`${o}\``).join(', ');
        out.push(teamDiagnostic(teamId, 'team/scope/zone-claimed-twice', 'scope/managementZones', `management zone \`${zone}\` is also claimed by team ${others}`,
          'give each management zone to one team, or accept that both teams can change its alerting'));
      }
    }
  }
  return out;
}
