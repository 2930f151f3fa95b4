/** App function `list-unowned-alerting`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { listUnownedAlertingOperation } from '../lib/functions/operations/list-unowned-alerting';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(listUnownedAlertingOperation, payload);
}
