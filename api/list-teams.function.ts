/** App function `list-teams`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { listTeamsOperation } from '../lib/functions/operations/list-teams';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(listTeamsOperation, payload);
}
