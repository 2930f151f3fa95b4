/**
 * How a person is shown: the Settings API and its history name people by user id (a UUID), which
 * nobody recognises. The fallback chain, first that applies:
 *
 * 1. the name from the account's user directory (IAM `iam:users:read`) — or, for the caller, from
 *    the AppEngine user details, which every function has without any permission;
 * 2. the person's e-mail as the team mappings write it (the directory knew the user but has no
 *    name), else the e-mail as the directory has it;
 * 3. the id itself, which the UI shortens and explains in a tooltip.
 *
 * Without the directory no other link from a user id to an e-mail exists for an app (team
 * mappings hold e-mails only), so step 2 then applies to nobody but the caller. Pure: the
 * directory's answer, the caller and the team mappings' e-mails are passed in.
 */

export interface DirectoryUser {
  uid: string;
  email: string;
  name?: string;
  surname?: string;
}

/** Where a label came from: the directory's name, the caller's own details, an e-mail, or nothing but the id. */
export type PersonSource = 'directory' | 'caller' | 'e-mail' | 'id';

export interface PersonLabel {
  id: string;
  /** what to show */
  label: string;
  email: string | null;
  source: PersonSource;
}

export interface LabelSources {
  /** the directory's users by id; undefined when the directory could not be asked */
  directory: ReadonlyMap<string, DirectoryUser> | undefined;
  caller: { id: string; name: string; email: string };
  /** every e-mail the team mappings list (members and leads), as written there */
  teamEmails: Iterable<string>;
}

function fullName(user: DirectoryUser): string {
  return [user.name, user.surname].map((s) => s?.trim() ?? '').filter((s) => s !== '').join(' ');
}

/** One label per id, in the order of `ids`. */
export function labelPeople(ids: readonly string[], sources: LabelSources): PersonLabel[] {
  const spelled = new Map<string, string>();
  for (const e of sources.teamEmails) spelled.set(e.toLowerCase(), e);
  const asMapped = (email: string) => spelled.get(email.toLowerCase()) ?? email;
  return ids.map((id): PersonLabel => {
    const user = sources.directory?.get(id);
    const name = user ? fullName(user) : '';
    if (user && name) return { id, label: name, email: user.email || null, source: 'directory' };
    if (id === sources.caller.id && sources.caller.id !== '') {
      const callerName = sources.caller.name.trim();
      const email = sources.caller.email || null;
      if (callerName) return { id, label: callerName, email, source: 'caller' };
      if (email) return { id, label: asMapped(email), email, source: 'e-mail' };
    }
    if (user?.email) return { id, label: asMapped(user.email), email: user.email, source: 'e-mail' };
    return { id, label: id, email: null, source: 'id' };
  });
}

/** The id shortened for display (`6f1c2a9e…`); the UI puts the whole id in a tooltip. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** User ids are UUIDs; anything else (a token id, `system`) is no user the directory could know. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUserId(id: string): boolean {
  return USER_ID.test(id);
}
