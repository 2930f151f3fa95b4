/** `decide-change-request` as its app function runs it: the contract around the operation. */
import { decideChangeRequestContract } from '../../contracts/decide-change-request';
import { decideChangeRequest } from '../decide-change-request';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const decideChangeRequestOperation = (ports: Ports, payload: unknown) => runOperation(decideChangeRequestContract, payload, (r) => decideChangeRequest(ports, r));
