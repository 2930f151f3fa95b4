/** Function name → contract; the UI uses it to call functions type-safely, tests to fuzz all of them. */
import { getContextContract } from './get-context';
import { listTeamAlertingContract } from './list-team-alerting';
import { getAlertingObjectContract } from './get-alerting-object';
import { previewAlertingChangeContract } from './preview-alerting-change';
import { createAlertingObjectContract } from './create-alerting-object';
import { updateAlertingObjectContract } from './update-alerting-object';
import { deleteAlertingObjectContract } from './delete-alerting-object';
import { getAlertingHistoryContract } from './get-alerting-history';
import { listUnownedAlertingContract } from './list-unowned-alerting';
import { deleteTeamContract, listTeamsContract, upsertTeamContract } from './teams';
import { exportTeamAlertingContract } from './export-team-alerting';
import { planAlertingChangesContract } from './plan-alerting-changes';
import { proposeAlertingChangeContract } from './propose-alerting-change';
import { listChangeRequestsContract } from './list-change-requests';
import { decideChangeRequestContract } from './decide-change-request';
import { withdrawChangeRequestContract } from './withdraw-change-request';
import { listMetricsContract } from './list-metrics';
import { resolvePeopleContract } from './resolve-people';

export const contracts = {
  'get-context': getContextContract,
  'list-team-alerting': listTeamAlertingContract,
  'get-alerting-object': getAlertingObjectContract,
  'preview-alerting-change': previewAlertingChangeContract,
  'create-alerting-object': createAlertingObjectContract,
  'update-alerting-object': updateAlertingObjectContract,
  'delete-alerting-object': deleteAlertingObjectContract,
  'get-alerting-history': getAlertingHistoryContract,
  'list-unowned-alerting': listUnownedAlertingContract,
  'list-teams': listTeamsContract,
  'upsert-team': upsertTeamContract,
  'delete-team': deleteTeamContract,
  'export-team-alerting': exportTeamAlertingContract,
  'plan-alerting-changes': planAlertingChangesContract,
  'propose-alerting-change': proposeAlertingChangeContract,
  'list-change-requests': listChangeRequestsContract,
  'decide-change-request': decideChangeRequestContract,
  'withdraw-change-request': withdrawChangeRequestContract,
  'list-metrics': listMetricsContract,
  'resolve-people': resolvePeopleContract,
} as const;
export type FunctionName = keyof typeof contracts;
