/** App function `get-alerting-object`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { getAlertingObjectOperation } from '../lib/functions/operations/get-alerting-object';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(getAlertingObjectOperation, payload);
}
