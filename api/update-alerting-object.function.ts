/** App function `update-alerting-object`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { updateAlertingObjectOperation } from '../lib/functions/operations/update-alerting-object';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(updateAlertingObjectOperation, payload);
}
