/** App function `get-context`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { getContextOperation } from '../lib/functions/operations/get-context';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(getContextOperation, payload);
}
