/** `upsert-team` as its app function runs it: the contract around the operation. */
import { upsertTeamContract } from '../../contracts/teams';
import { upsertTeam } from '../team-admin';
import type { Ports } from '../ports';
import { runOperation } from '../run-operation';

export const upsertTeamOperation = (ports: Ports, payload: unknown) => runOperation(upsertTeamContract, payload, (r) => upsertTeam(ports, r));
