/**
 * The operations behind the app functions, written against ports. `operations` maps each
 * function name to `(ports, payload) => result` with contract parsing and the never-throw wrapper.
 */
import { contracts } from '../contracts/registry';
import { createAlertingObject, deleteAlertingObject, getAlertingObject, previewAlertingChange, updateAlertingObject } from './alerting-object-ops';
import { getAlertingHistory } from './get-alerting-history';
import { getContext } from './get-context';
import { listTeamAlerting } from './list-team-alerting';
import { listUnownedAlerting } from './list-unowned-alerting';
import type { Ports } from './ports';
import { runOperation } from './run-operation';
import { deleteTeam, listTeams, upsertTeam } from './team-admin';

export * from './ports';
export { runOperation } from './run-operation';

export const operations = {
  'get-context': (ports: Ports, payload: unknown) => runOperation(contracts['get-context'], payload, () => getContext(ports)),
  // a listing answers hundreds of items built by `listTeamAlerting` from typed records; checking
  // them again with (jitless) zod was a third of the guard's CPU per listed object
  'list-team-alerting': (ports: Ports, payload: unknown) => runOperation(contracts['list-team-alerting'], payload, (r) => listTeamAlerting(ports, r), { checkOkResponse: false }),
  'get-alerting-object': (ports: Ports, payload: unknown) => runOperation(contracts['get-alerting-object'], payload, (r) => getAlertingObject(ports, r)),
  'preview-alerting-change': (ports: Ports, payload: unknown) => runOperation(contracts['preview-alerting-change'], payload, (r) => previewAlertingChange(ports, r)),
  'create-alerting-object': (ports: Ports, payload: unknown) => runOperation(contracts['create-alerting-object'], payload, (r) => createAlertingObject(ports, r)),
  'update-alerting-object': (ports: Ports, payload: unknown) => runOperation(contracts['update-alerting-object'], payload, (r) => updateAlertingObject(ports, r)),
  'delete-alerting-object': (ports: Ports, payload: unknown) => runOperation(contracts['delete-alerting-object'], payload, (r) => deleteAlertingObject(ports, r)),
  'get-alerting-history': (ports: Ports, payload: unknown) => runOperation(contracts['get-alerting-history'], payload, (r) => getAlertingHistory(ports, r)),
  'list-unowned-alerting': (ports: Ports, payload: unknown) => runOperation(contracts['list-unowned-alerting'], payload, (r) => listUnownedAlerting(ports, r)),
  'list-teams': (ports: Ports, payload: unknown) => runOperation(contracts['list-teams'], payload, () => listTeams(ports)),
  'upsert-team': (ports: Ports, payload: unknown) => runOperation(contracts['upsert-team'], payload, (r) => upsertTeam(ports, r)),
  'delete-team': (ports: Ports, payload: unknown) => runOperation(contracts['delete-team'], payload, (r) => deleteTeam(ports, r)),
} as const;
export type OperationName = keyof typeof operations;
