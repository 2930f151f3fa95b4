/** App function `export-team-alerting`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { exportTeamAlertingOperation } from '../lib/functions/operations/export-team-alerting';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(exportTeamAlertingOperation, payload);
}
