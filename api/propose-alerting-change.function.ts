/** App function `propose-alerting-change`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { proposeAlertingChangeOperation } from '../lib/functions/operations/propose-alerting-change';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(proposeAlertingChangeOperation, payload);
}
