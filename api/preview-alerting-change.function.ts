/** App function `preview-alerting-change`: contract and logic in lib (see lib/contracts, lib/functions); this file only wires the SDK. */
import { previewAlertingChangeOperation } from '../lib/functions/operations/preview-alerting-change';
import { runFunction } from './_adapters/run';

export default async function (payload: unknown): Promise<unknown> {
  return runFunction(previewAlertingChangeOperation, payload);
}
