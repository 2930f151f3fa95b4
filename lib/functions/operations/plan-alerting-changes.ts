/** `plan-alerting-changes` as its app function runs it: the contract around the operation. */
import { planAlertingChangesContract } from '../../contracts/plan-alerting-changes';
import { planAlertingChanges } from '../config-as-code/plan-alerting-changes';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const planAlertingChangesOperation = (ports: Ports, payload: unknown) => runOperation(planAlertingChangesContract, payload, (r) => planAlertingChanges(ports, r));
