/**
 * A person as the app shows them: the name (or e-mail) that `usePeople` resolved, with the
 * e-mail in the tooltip; an id nothing could resolve is shortened, the full id in the tooltip and
 * for screen readers. The caller is marked "(you)".
 */
import React from 'react';
import type { Person } from '../../../lib/contracts';
import { formatPerson } from '../format';

/** Read by screen readers, not shown (the short id is shown instead). */
const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export function PersonName({ person, callerId }: { person: Person; callerId?: string }) {
  const { text, title } = formatPerson(person, callerId);
  if (person.source !== 'id') return <span title={title}>{text}</span>;
  return (
    <span title={title}>
      <span aria-hidden="true">{text}</span>
      <span style={VISUALLY_HIDDEN}>{`user ${person.id}`}</span>
    </span>
  );
}
