/** `plan-alerting-changes` as its app function runs it: the contract around the operation. */
import { planAlertingChangesContract } from '../../contracts/plan-alerting-changes';
import { planAlertingChanges } from '../config-as-code/plan-alerting-changes';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

// a plan of 1,000 objects answers 1,000 entries built field by field from typed values: checking
// them again with zod is skipped as for the listing (the clients parse every answer with the contract)
export const planAlertingChangesOperation = (ports: Ports, payload: unknown) => runOperation(planAlertingChangesContract, payload, (r) => planAlertingChanges(ports, r), { checkOkResponse: false });
