/** App function `list-change-requests`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { listChangeRequestsOperation } from '../lib/functions/operations/list-change-requests';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(listChangeRequestsOperation, payload);
}
