/** App function `withdraw-change-request`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { withdrawChangeRequestOperation } from '../lib/functions/operations/withdraw-change-request';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(withdrawChangeRequestOperation, payload);
}
