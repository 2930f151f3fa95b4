/** App function `delete-alerting-object`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { deleteAlertingObjectOperation } from '../lib/functions/operations/delete-alerting-object';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(deleteAlertingObjectOperation, payload);
}
