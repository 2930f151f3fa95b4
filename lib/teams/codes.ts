/**
 * The diagnostic codes of team-mapping validation (`validate.ts`): errors make an upsert
 * `invalid`, warnings are reported and do not block. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const TEAM_CODES = {
  'team/members/empty': { severity: 'error', summary: 'a team with neither members nor leads' },
  'team/scope/empty': { severity: 'warning', summary: 'a team that owns no management zone, so it cannot write anything' },
  'team/scope/unknown-zone': { severity: 'error', summary: 'a team management zone that does not exist' },
  'team/scope/zone-owned': { severity: 'error', summary: 'a management zone another team already owns, not declared as a shared zone' },
  'team/scope/shared-zone': { severity: 'info', summary: 'a management zone the team declares as shared with another team that claims it too' },
  'team/scope/shared-not-owned': { severity: 'error', summary: 'a shared zone that is not one of the team’s management zones' },
  'team/schema/unknown': { severity: 'error', summary: 'an allowed schema or quota schema that is not an alerting schema' },
  'team/notification/unknown-type': { severity: 'error', summary: 'an allowed notification type that does not exist' },
  'team/approval/foreign-zone': { severity: 'error', summary: 'an approval rule naming a management zone the team does not own' },
  'team/naming/unsafe-pattern': { severity: 'error', summary: 'a naming pattern that is refused (unsafe regular expression)' },
  'team/id/duplicate': { severity: 'error', summary: 'a team id used by more than one team mapping' },
} as const satisfies CodeTable;
