/**
 * `resolve-people`: user ids to labels (lib/people's fallback chain). The directory is asked as
 * the caller, 25 ids a call (the documented limit of the IAM users filter); the team mappings give
 * the e-mails as the teams write them. No team is needed to ask: any user of the app sees the
 * same names Dynatrace shows them elsewhere. A directory that refuses or fails leaves every label
 * that needs it at its fallback, and says so — never an error for the whole answer.
 */
import type { Failure } from '../contracts/common';
import type { ResolvePeopleRequest, ResolvePeopleResponse } from '../contracts/resolve-people';
import { isUserId, labelPeople, type DirectoryUser } from '../people/index';
import { PortError, type Ports } from './ports';
import { parseStoredTeams } from './team-context';

export const DIRECTORY_BATCH = 25;

type DirectoryState = Extract<ResolvePeopleResponse, { status: 'ok' }>['directory'];

async function askDirectory(ports: Ports, ids: string[]): Promise<{ users: Map<string, DirectoryUser> | undefined; state: DirectoryState }> {
  const users = new Map<string, DirectoryUser>();
  try {
    for (let i = 0; i < ids.length; i += DIRECTORY_BATCH) {
      for (const u of await ports.people.lookup(ids.slice(i, i + DIRECTORY_BATCH))) users.set(u.uid, u);
    }
    return { users, state: 'ok' };
  } catch (e) {
    return { users: undefined, state: e instanceof PortError && e.status === 'forbidden' ? 'forbidden' : 'unavailable' };
  }
}

/** The team mappings' e-mails; unreadable mappings only cost the e-mail spelling, never the answer. */
async function teamEmails(ports: Ports): Promise<string[]> {
  try {
    return parseStoredTeams(await ports.teams.list()).flatMap(({ team }) => [...team.members, ...team.leads]);
  } catch {
    return [];
  }
}

export async function resolvePeople(ports: Ports, req: ResolvePeopleRequest): Promise<ResolvePeopleResponse | Failure> {
  const ids = [...new Set(req.ids)];
  // only user ids can be in the directory; the caller's own details need no directory at all
  const ask = ids.filter((id) => isUserId(id) && id !== ports.caller.id);
  const [directory, emails] = await Promise.all([
    ask.length > 0 ? askDirectory(ports, ask) : Promise.resolve({ users: new Map<string, DirectoryUser>(), state: 'ok' as const }),
    teamEmails(ports),
  ]);
  const people = labelPeople(ids, { directory: directory.users, caller: ports.caller, teamEmails: emails });
  return { status: 'ok', people, directory: directory.state };
}
