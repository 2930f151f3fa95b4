/** `list-team-alerting` as its app function runs it: the contract around the operation. */
import { listTeamAlertingContract } from '../../contracts/list-team-alerting';
import { listTeamAlerting } from '../list-team-alerting';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

// a listing answers hundreds of items built by `listTeamAlerting` from typed records; checking
// them again with (jitless) zod was a third of the guard's CPU per listed object
export const listTeamAlertingOperation = (ports: Ports, payload: unknown) => runOperation(listTeamAlertingContract, payload, (r) => listTeamAlerting(ports, r), { checkOkResponse: false });
