/** `get-context` as its app function runs it: the contract around the operation. */
import { getContextContract } from '../../contracts/get-context';
import { getContext } from '../get-context';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const getContextOperation = (ports: Ports, payload: unknown) => runOperation(getContextContract, payload, () => getContext(ports));
