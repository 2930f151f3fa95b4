/** `delete-alerting-object` as its app function runs it: the contract around the operation. */
import { deleteAlertingObjectContract } from '../../contracts/delete-alerting-object';
import { deleteAlertingObject } from '../alerting-object-ops';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const deleteAlertingObjectOperation = (ports: Ports, payload: unknown) => runOperation(deleteAlertingObjectContract, payload, (r) => deleteAlertingObject(ports, r));
