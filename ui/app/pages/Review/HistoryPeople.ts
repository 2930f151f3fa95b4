/**
 * Who made a change, as the history shows it and its CSV writes it: the resolved name (or
 * e-mail); while the name is on its way the short id (`formatPerson`); once the directory had
 * nothing for the id, "unknown user (<short id>…)" — never a raw id passed off as a name.
 */
import type { Person } from '../../../../lib/contracts';
import { shortId } from '../../../../lib/people';
import { formatPerson } from '../../format';

export interface WhoText {
  text: string;
  /** the tooltip: the e-mail, or the whole id */
  title: string;
  /** no name could be read for the id */
  unknown: boolean;
}

export function whoText(id: string | null, person: Person | undefined, pending: boolean, callerId?: string): WhoText {
  if (!id || !person) return { text: 'an unknown user', title: 'the history does not say who made this change', unknown: true };
  if (person.source === 'id' && !pending) return { text: `unknown user (${shortId(id)})`, title: `user id ${id} (no name could be read)`, unknown: true };
  return { ...formatPerson(person, callerId), unknown: false };
}
