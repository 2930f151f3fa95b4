/** App function `decide-change-request`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { decideChangeRequestOperation } from '../lib/functions/operations/decide-change-request';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(decideChangeRequestOperation, payload);
}
