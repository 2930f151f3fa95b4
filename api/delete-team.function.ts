/** App function `delete-team`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { deleteTeamOperation } from '../lib/functions/operations/delete-team';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(deleteTeamOperation, payload);
}
