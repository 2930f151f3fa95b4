/** App function `resolve-people`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { resolvePeopleOperation } from '../lib/functions/operations/resolve-people';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(resolvePeopleOperation, payload);
}
