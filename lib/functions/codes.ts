/**
 * The diagnostic codes the app functions answer with (besides the guardrails', teams' and
 * contracts' own): who may call, requests the contract admits but the operation refuses,
 * platform failures, dependants of a delete, team-mapping administration, and the last resort.
 * All are errors: they come with a failure status. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const FUNCTION_CODES = {
  'access/no-team': { severity: 'error', summary: 'the caller is no member or lead of any team' },
  'access/foreign-team': { severity: 'error', summary: 'the request names a team the caller is not in' },
  'access/not-in-team': { severity: 'error', summary: 'the object lies in none of the caller\'s teams' },
  'access/not-admin': { severity: 'error', summary: 'an admin function called by someone who may not write the team mappings' },
  'request/invalid': { severity: 'error', summary: 'the payload does not match the function\'s contract' },
  'request/invalid-range': { severity: 'error', summary: 'a history time range that is not two date-times or starts after it ends' },
  'request/range-too-long': { severity: 'error', summary: 'a history time range longer than a year' },
  'context/zone-table-unreadable': { severity: 'error', summary: 'the caller\'s policies do not let it read the management-zone table, so no object can be told to be the team\'s' },
  'request/invalid-page-key': { severity: 'error', summary: 'a page key this function did not hand out' },
  'request/page-key-mismatch': { severity: 'error', summary: 'a page key sent with other parameters (schemas, time range) than the call it was handed out for' },
  'request/team-required': { severity: 'error', summary: 'a caller in several teams did not say which team a config-as-code project is for' },
  'request/schema-mismatch': { severity: 'error', summary: 'an object id of another schema than the request names' },
  'settings/constraint-violation': { severity: 'error', summary: 'the Settings API refused a value: a constraint of the schema at the path' },
  'settings/invalid': { severity: 'error', summary: 'the Settings API refused the request as invalid' },
  'settings/forbidden': { severity: 'error', summary: 'the caller\'s own permissions do not allow the platform call' },
  'settings/not-found': { severity: 'error', summary: 'the object does not exist, or is not an alerting object' },
  'settings/conflict': { severity: 'error', summary: 'the object changed since the caller read it (stale update token)' },
  'settings/error': { severity: 'error', summary: 'the Settings API failed' },
  'metrics/forbidden': { severity: 'error', summary: 'the caller may not read the metrics catalog (`environment:roles:viewer`)' },
  'metrics/invalid-query': { severity: 'error', summary: 'the metrics API refused the catalog query' },
  'metrics/unavailable': { severity: 'error', summary: 'the metrics API did not answer' },
  'dependency/in-use': { severity: 'error', summary: 'an alerting profile that problem notifications use, deleted without confirming them' },
  'dependency/changed': { severity: 'error', summary: 'a dependant confirmed for deleting together changed since it was shown' },
  'dependency/not-deletable': { severity: 'error', summary: 'a dependant the caller\'s teams may not delete' },
  'dependency/partial-delete': { severity: 'error', summary: 'a delete together that stopped half-way (each dependant says whether it is gone)' },
  'team/not-found': { severity: 'error', summary: 'a team mapping that does not exist' },
  'team/conflict': { severity: 'error', summary: 'the team mapping changed since the caller read it (stale version)' },
  'team/stored/invalid': { severity: 'error', summary: 'a stored team mapping that does not match its schema and is ignored' },
  'internal/unexpected': { severity: 'error', summary: 'the function failed unexpectedly' },
  'internal/bad-response': { severity: 'error', summary: 'the function produced an answer outside its contract' },
} as const satisfies CodeTable;
