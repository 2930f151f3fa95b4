/** `list-teams` as its app function runs it: the contract around the operation. */
import { listTeamsContract } from '../../contracts/teams';
import { listTeams } from '../team-admin';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const listTeamsOperation = (ports: Ports, payload: unknown) => runOperation(listTeamsContract, payload, () => listTeams(ports));
