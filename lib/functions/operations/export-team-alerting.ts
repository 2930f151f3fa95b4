/** `export-team-alerting` as its app function runs it: the contract around the operation. */
import { exportTeamAlertingContract } from '../../contracts/export-team-alerting';
import { exportTeamAlerting } from '../config-as-code/export-team-alerting';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const exportTeamAlertingOperation = (ports: Ports, payload: unknown) => runOperation(exportTeamAlertingContract, payload, (r) => exportTeamAlerting(ports, r));
