/** `preview-alerting-change` as its app function runs it: the contract around the operation. */
import { previewAlertingChangeContract } from '../../contracts/preview-alerting-change';
import { previewAlertingChange } from '../alerting-object-ops';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const previewAlertingChangeOperation = (ports: Ports, payload: unknown) => runOperation(previewAlertingChangeContract, payload, (r) => previewAlertingChange(ports, r));
