/**
 * Change history from the settings history, for the team or one object, in the time range the
 * user chose (shown above the list): who, when, what kind of change, and a readable before/after
 * diff per revision (opened on demand). The team's change requests are merged in: a revision an
 * approval wrote says who proposed and approved it, and the requests that changed nothing are
 * listed after the revisions.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import { displayNameOf } from '../../../../lib/alerting/naming';
import { requestsBesideHistory } from '../../../../lib/approvals/history';
import type { Revision } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { PersonName } from '../../components/PersonName';
import { PageLoading } from '../../components/PageLoading';
import { ValueDiff } from '../../components/ValueDiff';
import { formatTime } from '../../format';
import { useCaller } from '../../hooks/CallerContext';
import { useChangeRequests } from '../../hooks/ChangeRequestsContext';
import { useFunctionQuery } from '../../hooks/useFunctionQuery';
import { usePeople } from '../../hooks/usePeople';
import { schemaPageById } from '../../schemas';
import { RequestNote, UnappliedRequests } from './RequestNotes';
import { HistoryRangePicker, type RangeChoice } from './HistoryRangePicker';

const KIND: Record<NonNullable<Revision['type']>, string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', REORDER: 'reordered', NO_CHANGE: 'saved without change' };

interface Props {
  teamId: string;
  objectId: string | undefined;
  objectName: string | undefined;
  names: Map<string, string>;
  onShowTeam: () => void;
  range: RangeChoice;
  onRangeChange: (next: RangeChoice) => void;
}

/** The object's name as listed, else as the revision's value has it, else its id. */
function nameOf(r: Revision, names: Map<string, string>): string {
  return names.get(r.objectId) ?? (displayNameOf(r.schemaId, r.after ?? r.before) || r.objectId);
}

export function HistoryList({ teamId, objectId, objectName, names, onShowTeam, range, onRangeChange }: Props) {
  const { data: caller } = useCaller();
  const span = { from: range.from, to: range.to };
  const query = useFunctionQuery('get-alerting-history', objectId ? { objectId, ...span } : { teamId, ...span });
  // a refused range is shown at its field, every other failure as a banner
  const rangeProblems = query.failure?.status === 'invalid' ? query.failure.diagnostics.filter((d) => d.location?.path === 'from' || d.location?.path === 'to') : [];
  const [open, setOpen] = useState<string | undefined>();
  const { requests } = useChangeRequests();
  const personOf = usePeople(useMemo(() => query.data?.revisions.map((r) => r.modifiedBy) ?? [], [query.data]));
  const who = (id: string | null) => (id ? <PersonName person={personOf(id)} callerId={caller?.user.id} /> : 'unknown');
  const title = objectId ? `History of ${objectName ?? 'the object'}` : 'Team history';
  const beside = useMemo(() => requestsBesideHistory(
    query.data?.revisions ?? [],
    requests.filter((r) => r.teamId === teamId && (!objectId || r.objectId === objectId || r.outcome?.objectId === objectId)),
    query.data?.range,
  ), [query.data, requests, teamId, objectId]);

  return (
    <section aria-labelledby="history-heading">
      <Flex justifyContent="space-between" alignItems="center" gap={8}>
        <Heading level={2} id="history-heading">{title}</Heading>
        {objectId ? <Button onClick={onShowTeam}>Show team history</Button> : null}
      </Flex>
      <HistoryRangePicker value={range} onChange={onRangeChange} problems={rangeProblems} />
      {query.data ? <Paragraph>Changes from {formatTime(query.data.range.from)} to {formatTime(query.data.range.to)}</Paragraph> : null}
      {query.loading ? <PageLoading label="Loading history" /> : null}
      {query.failure && rangeProblems.length === 0 ? <FailureBanner failure={query.failure} onRetry={query.reload} /> : null}
      {query.data && query.data.revisions.length === 0 ? <Paragraph>No changes recorded in this time range.</Paragraph> : null}
      <Flex flexDirection="column" gap={8} as="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={title}>
        {query.data?.revisions.map((r, index) => {
          const key = `${r.objectId}-${r.revision ?? r.modifiedTime}`;
          const expanded = open === key;
          return (
            <li key={key}>
              <Container padding={8}>
                <Flex justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={8}>
                  <Text>
                    <Strong>{who(r.modifiedBy)}</Strong> {KIND[r.type ?? 'UPDATE']} {schemaPageById(r.schemaId)?.noun} <Strong>{nameOf(r, names)}</Strong> · {formatTime(r.modifiedTime)}
                  </Text>
                  <Button size="condensed" onClick={() => setOpen(expanded ? undefined : key)} aria-expanded={expanded}>
                    {expanded ? 'Hide changes' : 'Show changes'}
                  </Button>
                </Flex>
                {beside.byRevision[index] ? <RequestNote request={beside.byRevision[index]} callerId={caller?.user.id} /> : null}
                {expanded ? <ValueDiff before={r.before} after={r.after} ariaLabel={`Changes in revision ${r.revision ?? ''}`} /> : null}
              </Container>
            </li>
          );
        })}
      </Flex>
      <UnappliedRequests requests={beside.unpaired} callerId={caller?.user.id} />
    </section>
  );
}
