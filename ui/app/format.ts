/** Small display formatters shared by pages. */
import type { Person } from '../../lib/contracts';
import { shortId } from '../../lib/people';
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

/**
 * A person as text: the resolved name or e-mail, or, when nothing could be resolved, `user` and
 * the shortened id; `title` is the tooltip (the e-mail, or the whole id). The caller is "(you)".
 */
export function formatPerson(person: Person, callerId?: string): { text: string; title: string } {
  const you = callerId !== undefined && person.id === callerId ? ' (you)' : '';
  if (person.source === 'id') return { text: `user ${shortId(person.id)}${you}`, title: `user id ${person.id} (no name could be read)` };
  return { text: `${person.label}${you}`, title: person.email && person.email !== person.label ? person.email : person.label };
}

/**
 * A diagnostic message as the UI shows it: the messages quote user input and names in backticks
 * (STYLE.md: "user input in backticks"), which read as stray markup on a page, so each pair of
 * backticks becomes typographic quotes (`[checkout] ` → “[checkout] ”). A lone backtick stays.
 */
export function readableMessage(message: string): string {
  return message.replace(/`([^`\n]*)`/g, '“$1”');
}

/** A value-diff cell (`"2151…"`, JSON) naming a known management zone by id, as the zone's name; anything else as it is. */
export function zoneAware(text: string, zoneNames: ReadonlyMap<string, string> | undefined): string {
  const quoted = /^"(-?\d+)"$/.exec(text);
  const name = quoted ? zoneNames?.get(quoted[1]!) : undefined;
  return name ? `${name} (management zone)` : text;
}
