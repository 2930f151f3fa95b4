/** App function `upsert-team`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { upsertTeamOperation } from '../lib/functions/operations/upsert-team';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(upsertTeamOperation, payload);
}
