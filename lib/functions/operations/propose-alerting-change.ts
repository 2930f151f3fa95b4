/** `propose-alerting-change` as its app function runs it: the contract around the operation. */
import { proposeAlertingChangeContract } from '../../contracts/propose-alerting-change';
import { proposeAlertingChange } from '../propose-alerting-change';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const proposeAlertingChangeOperation = (ports: Ports, payload: unknown) => runOperation(proposeAlertingChangeContract, payload, (r) => proposeAlertingChange(ports, r));
