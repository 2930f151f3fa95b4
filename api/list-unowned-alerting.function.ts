/** App function `list-unowned-alerting`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction('list-unowned-alerting', payload);
}
