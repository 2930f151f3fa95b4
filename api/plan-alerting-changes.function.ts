/** App function `plan-alerting-changes`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { planAlertingChangesOperation } from '../lib/functions/operations/plan-alerting-changes';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(planAlertingChangesOperation, payload);
}
