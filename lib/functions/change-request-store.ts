/**
 * Reading change requests from their store for the change-request functions: one entry by id
 * (missing → `approval/not-found`, a value that does not parse → `approval/unreadable`: a broken
 * or foreign entry decides nothing), and the entries a caller may list — a lead's teams' entries,
 * a member's own by the store's `createdBy` — through filters built by `settings-filter.ts`.
 */
import { parseStoredRequest, type StoredChangeRequest, type StoredEntry } from '../approvals/index';
import type { Failure } from '../contracts/common';
import type { CallerTeamMembership } from '../teams/membership';
import { PortError, type Ports } from './ports';
import { fail } from './results';
import { allOf, equalsFilter } from './settings-filter';

/** The most entries one listing reads (newest are shown first, after reading). */
export const MAX_LISTED_REQUESTS = 1000;

export interface ReadRequest {
  entry: StoredEntry;
  stored: StoredChangeRequest;
}

export async function readRequest(ports: Ports, id: string): Promise<ReadRequest | Failure> {
  let entry: StoredEntry;
  try {
    entry = await ports.changeRequests.get(id);
  } catch (e) {
    if (e instanceof PortError && e.status === 'not-found') return fail('not-found', 'approval/not-found', `change request \`${id}\` does not exist`, { location: { path: 'id' } });
    throw e;
  }
  const stored = parseStoredRequest(entry.value);
  if (!stored) return fail('invalid', 'approval/unreadable', `change request \`${id}\` is not a valid change request`, { location: { path: 'id' }, help: 'it was written outside the app; propose the change again' });
  return { entry, stored };
}

/** The filter of the entries one membership lets the caller list, or undefined when it cannot be built. */
function filterFor(m: CallerTeamMembership, callerId: string): string | undefined {
  const team = equalsFilter('value.teamId', m.team.id);
  if (m.role === 'lead') return team;
  const own = equalsFilter('modificationInfo.createdBy', callerId);
  return team && own ? allOf(team, own) : undefined;
}

/** Entries of the selected teams the caller may see (parsed ones; broken entries are skipped). */
export async function listVisibleRequests(ports: Ports, selected: readonly CallerTeamMembership[]): Promise<{ requests: ReadRequest[]; truncated: boolean }> {
  const requests: ReadRequest[] = [];
  let truncated = false;
  for (const m of selected) {
    const filter = filterFor(m, ports.caller.id);
    if (filter === undefined) continue;
    const page = await ports.changeRequests.list(filter, MAX_LISTED_REQUESTS);
    truncated ||= page.truncated;
    for (const entry of page.entries) {
      const stored = parseStoredRequest(entry.value);
      // the filter ran on the platform; the caller's own view is checked here again
      if (!stored || stored.teamId !== m.team.id) continue;
      if (m.role !== 'lead' && entry.createdBy !== ports.caller.id) continue;
      requests.push({ entry, stored });
    }
  }
  return { requests, truncated };
}
