/** `list-change-requests` as its app function runs it: the contract around the operation. */
import { listChangeRequestsContract } from '../../contracts/list-change-requests';
import { listChangeRequests } from '../list-change-requests';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const listChangeRequestsOperation = (ports: Ports, payload: unknown) => runOperation(listChangeRequestsContract, payload, (r) => listChangeRequests(ports, r));
