/** App function `get-alerting-history`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { getAlertingHistoryOperation } from '../lib/functions/operations/get-alerting-history';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(getAlertingHistoryOperation, payload);
}
