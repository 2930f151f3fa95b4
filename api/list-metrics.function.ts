/** App function `list-metrics`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { listMetricsOperation } from '../lib/functions/operations/list-metrics';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(listMetricsOperation, payload);
}
