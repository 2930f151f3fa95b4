/** App function `list-team-alerting`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { listTeamAlertingOperation } from '../lib/functions/operations/list-team-alerting';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(listTeamAlertingOperation, payload);
}
