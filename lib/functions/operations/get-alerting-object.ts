/** `get-alerting-object` as its app function runs it: the contract around the operation. */
import { getAlertingObjectContract } from '../../contracts/get-alerting-object';
import { getAlertingObject } from '../alerting-object-ops';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const getAlertingObjectOperation = (ports: Ports, payload: unknown) => runOperation(getAlertingObjectContract, payload, (r) => getAlertingObject(ports, r));
