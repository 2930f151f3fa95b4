/** `list-unowned-alerting` as its app function runs it: the contract around the operation. */
import { listUnownedAlertingContract } from '../../contracts/list-unowned-alerting';
import { listUnownedAlerting } from '../list-unowned-alerting';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const listUnownedAlertingOperation = (ports: Ports, payload: unknown) => runOperation(listUnownedAlertingContract, payload, (r) => listUnownedAlerting(ports, r));
