/** `list-metrics` as its app function runs it: the contract around the operation. */
import { listMetricsContract } from '../../contracts/list-metrics';
import { listMetrics } from '../list-metrics';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const listMetricsOperation = (ports: Ports, payload: unknown) => runOperation(listMetricsContract, payload, (r) => listMetrics(ports, r));
