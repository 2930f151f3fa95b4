/** `delete-team` as its app function runs it: the contract around the operation. */
import { deleteTeamContract } from '../../contracts/teams';
import { deleteTeam } from '../team-admin';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const deleteTeamOperation = (ports: Ports, payload: unknown) => runOperation(deleteTeamContract, payload, (r) => deleteTeam(ports, r));
