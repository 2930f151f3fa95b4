/** `get-alerting-history` as its app function runs it: the contract around the operation. */
import { getAlertingHistoryContract } from '../../contracts/get-alerting-history';
import { getAlertingHistory } from '../get-alerting-history';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const getAlertingHistoryOperation = (ports: Ports, payload: unknown) => runOperation(getAlertingHistoryContract, payload, (r) => getAlertingHistory(ports, r));
