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
