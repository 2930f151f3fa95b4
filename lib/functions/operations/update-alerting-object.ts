/** `update-alerting-object` as its app function runs it: the contract around the operation. */
import { updateAlertingObjectContract } from '../../contracts/update-alerting-object';
import { updateAlertingObject } from '../alerting-object-ops';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const updateAlertingObjectOperation = (ports: Ports, payload: unknown) => runOperation(updateAlertingObjectContract, payload, (r) => updateAlertingObject(ports, r));
