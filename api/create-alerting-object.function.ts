/** App function `create-alerting-object`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { createAlertingObjectOperation } from '../lib/functions/operations/create-alerting-object';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(createAlertingObjectOperation, payload);
}
