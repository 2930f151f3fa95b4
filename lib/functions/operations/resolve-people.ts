/** `resolve-people` as its app function runs it: the contract around the operation. */
import { resolvePeopleContract } from '../../contracts/resolve-people';
import { resolvePeople } from '../resolve-people';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const resolvePeopleOperation = (ports: Ports, payload: unknown) => runOperation(resolvePeopleContract, payload, (r) => resolvePeople(ports, r));
