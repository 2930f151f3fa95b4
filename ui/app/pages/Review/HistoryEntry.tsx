/**
 * One entry of the history timeline: when, who (by name; "unknown user (id…)" when no name could
 * be read), what (operation, type and the object's name), how it was made (a badge: through Team
 * Alerting, directly, or through another app), the change request behind it, and the before/after
 * diff on demand.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Chip } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Strong, Text } from '@dynatrace/strato-components/typography';
import React, { memo } from 'react';
import type { ChangeRequestView, Person, Revision } from '../../../../lib/contracts';
import { provenanceLabel, type TimelineEntry } from '../../../../lib/review/history-timeline';
import { PersonName } from '../../components/PersonName';
import { ValueDiff } from '../../components/ValueDiff';
import { formatTime } from '../../format';
import { isPersonPending } from '../../hooks/usePeople';
import { schemaPageById } from '../../schemas';
import { whoText } from './HistoryPeople';
import { RequestNote } from './RequestNotes';

export const OPERATION: Record<NonNullable<Revision['type']>, string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', REORDER: 'reordered', NO_CHANGE: 'saved without change' };

const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** Who made a change: the name, or — once the directory had nothing for the id — "unknown user (id…)". */
export function Who({ id, person, callerId }: { id: string | null; person: Person | undefined; callerId: string | undefined }) {
  const who = whoText(id, person, id ? isPersonPending(id) : false, callerId);
  if (!who.unknown && person) return <PersonName person={person} callerId={callerId} />;
  return (
    <span title={who.title}>
      <span aria-hidden="true">{who.text}</span>
      <span style={VISUALLY_HIDDEN}>{id ? `unknown user, id ${id}` : who.text}</span>
    </span>
  );
}

const BADGE_COLOR = { 'this-app': 'success', direct: 'warning', 'other-app': 'neutral' } as const;

interface Props {
  entry: TimelineEntry;
  name: string;
  person: Person | undefined;
  callerId: string | undefined;
  request: ChangeRequestView | undefined;
  expanded: boolean;
  onToggle: (key: string) => void;
}

export const HistoryEntry = memo(function HistoryEntry({ entry, name, person, callerId, request, expanded, onToggle }: Props) {
  const r = entry.revision;
  const noun = schemaPageById(r.schemaId)?.noun ?? r.schemaId;
  return (
    <li>
      <Container padding={8}>
        <Flex justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={8}>
          <Flex flexDirection="column" gap={2} style={{ minWidth: 0, flex: '1 1 24rem' }}>
            <Text>
              <Strong><Who id={r.modifiedBy} person={person} callerId={callerId} /></Strong> {OPERATION[r.type ?? 'UPDATE']} {noun} <Strong style={{ overflowWrap: 'anywhere' }}>{name}</Strong>
            </Text>
            <Text textStyle="small">
              <time dateTime={r.modifiedTime ?? undefined}>{formatTime(r.modifiedTime)}</time>
              {entry.zones.length > 0 ? ` · ${entry.zones.join(', ')}` : ''}
            </Text>
          </Flex>
          <Flex alignItems="center" gap={8} flexWrap="wrap">
            <Chip size="condensed" color={BADGE_COLOR[entry.provenance.kind]} data-provenance={entry.provenance.kind}>{provenanceLabel(entry.provenance)}</Chip>
            <Button size="condensed" onClick={() => onToggle(entry.key)} aria-expanded={expanded} aria-label={`${expanded ? 'Hide' : 'Show'} changes of ${name}`}>
              {expanded ? 'Hide changes' : 'Show changes'}
            </Button>
          </Flex>
        </Flex>
        {request ? <RequestNote request={request} callerId={callerId} /> : null}
        {expanded ? <ValueDiff before={r.before} after={r.after} ariaLabel={`Changes in revision ${r.revision ?? ''}`} /> : null}
      </Container>
    </li>
  );
});
