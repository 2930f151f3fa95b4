/**
 * The operations behind the app functions, written against ports. `operations` maps each
 * function name to `(ports, payload) => result` with contract parsing and the never-throw wrapper.
 *
 * Each operation lives in its own module under `operations/`, and an app function imports only
 * its own: a function's bundle then holds (and its every call evaluates) only the zod schemas of
 * its own contract. Through this map every bundle built all the contracts on each call, ~25 ms
 * of a js-runtime call (zod schemas are built at module load, and the bundler must keep them).
 */
import type { FunctionName } from '../contracts/registry';
import { createAlertingObjectOperation } from './operations/create-alerting-object';
import { deleteAlertingObjectOperation } from './operations/delete-alerting-object';
import { deleteTeamOperation } from './operations/delete-team';
import { getAlertingHistoryOperation } from './operations/get-alerting-history';
import { getAlertingObjectOperation } from './operations/get-alerting-object';
import { getContextOperation } from './operations/get-context';
import { listTeamAlertingOperation } from './operations/list-team-alerting';
import { listMetricsOperation } from './operations/list-metrics';
import { listTeamsOperation } from './operations/list-teams';
import { listUnownedAlertingOperation } from './operations/list-unowned-alerting';
import { previewAlertingChangeOperation } from './operations/preview-alerting-change';
import { resolvePeopleOperation } from './operations/resolve-people';
import { updateAlertingObjectOperation } from './operations/update-alerting-object';
import { upsertTeamOperation } from './operations/upsert-team';
import { exportTeamAlertingOperation } from './operations/export-team-alerting';
import { planAlertingChangesOperation } from './operations/plan-alerting-changes';
import { proposeAlertingChangeOperation } from './operations/propose-alerting-change';
import { listChangeRequestsOperation } from './operations/list-change-requests';
import { decideChangeRequestOperation } from './operations/decide-change-request';
import { withdrawChangeRequestOperation } from './operations/withdraw-change-request';

export * from './ports';
export { runOperation } from './run-operation';

export const operations = {
  'get-context': getContextOperation,
  'list-team-alerting': listTeamAlertingOperation,
  'get-alerting-object': getAlertingObjectOperation,
  'preview-alerting-change': previewAlertingChangeOperation,
  'create-alerting-object': createAlertingObjectOperation,
  'update-alerting-object': updateAlertingObjectOperation,
  'delete-alerting-object': deleteAlertingObjectOperation,
  'get-alerting-history': getAlertingHistoryOperation,
  'list-unowned-alerting': listUnownedAlertingOperation,
  'list-teams': listTeamsOperation,
  'upsert-team': upsertTeamOperation,
  'delete-team': deleteTeamOperation,
  'export-team-alerting': exportTeamAlertingOperation,
  'plan-alerting-changes': planAlertingChangesOperation,
  'propose-alerting-change': proposeAlertingChangeOperation,
  'list-change-requests': listChangeRequestsOperation,
  'decide-change-request': decideChangeRequestOperation,
  'withdraw-change-request': withdrawChangeRequestOperation,
  'list-metrics': listMetricsOperation,
  'resolve-people': resolvePeopleOperation,
} as const satisfies Record<FunctionName, unknown>;
export type OperationName = keyof typeof operations;
