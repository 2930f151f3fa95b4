/** `withdraw-change-request` as its app function runs it: the contract around the operation. */
import { withdrawChangeRequestContract } from '../../contracts/withdraw-change-request';
import { withdrawChangeRequest } from '../decide-change-request';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const withdrawChangeRequestOperation = (ports: Ports, payload: unknown) => runOperation(withdrawChangeRequestContract, payload, (r) => withdrawChangeRequest(ports, r));
