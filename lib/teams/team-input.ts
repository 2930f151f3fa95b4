/**
 * What the team editor derives from an admin's typing, as pure functions the UI and the
 * functions share: the team id as a slug of its name, lists pasted as text (comma, semicolon or
 * newline separated) with the entries that are not e-mail addresses named, and who already owns
 * each management zone (so the picker can show it and `upsert-team` can refuse an overlap).
 */
import { teamZoneNames, type TeamMapping } from './model';

/** The team-id alphabet's limit (`teamIdSchema`). */
const ID_MAX = 63;

/**
 * A team id from a display name: lowercase ASCII letters and digits, every other run of
 * characters one dash, accents dropped ("Café Ops" → `cafe-ops`), at most 63 characters, never
 * starting or ending with a dash. A name without any letter or digit gives `''`.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, ID_MAX)
    .replace(/-+$/, '');
}

/** Entries of a pasted list: split at commas, semicolons and line breaks, trimmed, empty ones and repeats dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\n\r]+/)) {
    const entry = raw.trim();
    if (entry !== '' && !out.includes(entry)) out.push(entry);
  }
  return out;
}

/** Same rule as the model's e-mail check (`lib/teams/model`). */
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
export const isEmailAddress = (s: string): boolean => s.length >= 3 && s.length <= 320 && EMAIL_RE.test(s);

/**
 * Pasted e-mail addresses, `Name <a@b.c>` reduced to the address; the entries that are not
 * addresses are returned as typed, so a message can name them.
 */
export function parseEmailList(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const entry of splitList(text)) {
    const address = /<([^<>]*)>\s*$/.exec(entry)?.[1]?.trim() ?? entry;
    if (!isEmailAddress(address)) invalid.push(entry);
    else if (!emails.some((e) => e.toLowerCase() === address.toLowerCase())) emails.push(address);
  }
  return { emails, invalid };
}

/** "“bob@” is not an e-mail address" / "“bob@” and “x” are not e-mail addresses". */
export function invalidEmailsMessage(invalid: readonly string[]): string | undefined {
  if (invalid.length === 0) return undefined;
  const quoted = invalid.map((s) => `“${s}”`);
  if (quoted.length === 1) return `${quoted[0]} is not an e-mail address`;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]} are not e-mail addresses`;
}

/** Every team that claims each management zone, in the order of `teams`. */
export function zoneOwners(teams: readonly TeamMapping[]): Map<string, TeamMapping[]> {
  const out = new Map<string, TeamMapping[]>();
  for (const t of teams) for (const z of teamZoneNames(t)) out.set(z, [...(out.get(z) ?? []), t]);
  return out;
}

/** A zone of `team` that other teams claim too; `shared` when `team` declares it a shared zone. */
export interface ZoneOverlap {
  zone: string;
  /** index in the team's `scope.managementZones` */
  index: number;
  owners: TeamMapping[];
  shared: boolean;
}

/** The zones of `team` that a team of `others` (other ids) also claims. */
export function zoneOverlaps(team: TeamMapping, others: readonly TeamMapping[]): ZoneOverlap[] {
  const owners = zoneOwners(others.filter((o) => o.id !== team.id));
  const out: ZoneOverlap[] = [];
  teamZoneNames(team).forEach((zone, index) => {
    const claimed = owners.get(zone);
    if (claimed) out.push({ zone, index, owners: claimed, shared: team.sharedZones.includes(zone) });
  });
  return out;
}

/** “Payments team” (`payments`) for a message. */
export const teamLabel = (t: TeamMapping): string => (t.displayName === t.id ? `team “${t.id}”` : `team “${t.displayName}” (${t.id})`);
