/**
 * The diagnostic codes of team-mapping validation (`validate.ts`): errors make an upsert
 * `invalid`, warnings are reported and do not block. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const TEAM_CODES = {
  'team/members/empty': { severity: 'error', summary: 'a team with neither members nor leads' },
  'team/scope/empty': { severity: 'warning', summary: 'a team that owns no management zone, so it cannot write anything' },
  'team/scope/unknown-zone': { severity: 'error', summary: 'a team management zone that does not exist' },
  'team/scope/zone-claimed-twice': { severity: 'warning', summary: 'a management zone that two teams claim' },
  'team/schema/unknown': { severity: 'error', summary: 'an allowed schema or quota schema that is not an alerting schema' },
  'team/notification/unknown-type': { severity: 'error', summary: 'an allowed notification type that does not exist' },
  'team/naming/unsafe-pattern': { severity: 'error', summary: 'a naming pattern that is refused (unsafe regular expression)' },
  'team/id/duplicate': { severity: 'error', summary: 'a team id used by more than one team mapping' },
} as const satisfies CodeTable;
