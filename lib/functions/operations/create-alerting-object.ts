/** `create-alerting-object` as its app function runs it: the contract around the operation. */
import { createAlertingObjectContract } from '../../contracts/create-alerting-object';
import { createAlertingObject } from '../alerting-object-ops';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const createAlertingObjectOperation = (ports: Ports, payload: unknown) => runOperation(createAlertingObjectContract, payload, (r) => createAlertingObject(ports, r));
