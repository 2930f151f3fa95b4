/**
 * The review's findings, grouped by rule: one group per rule code, most severe first, with why it
 * matters and the fix; its objects expand below (a page at a time), each with its message, whether
 * it was last changed outside the app, its fix and its history. Objects without findings come last.
 * Fits 1024 px: rows wrap instead of adding columns.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Chip } from '@dynatrace/strato-components/content';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useId, useState } from 'react';
import type { AlertingItem, CallerTeam } from '../../../../lib/contracts';
import type { AffectedObject, FindingGroup } from '../../../../lib/review/findings';
import { formatTime, readableMessage } from '../../format';
import { schemaPageById } from '../../schemas';
import { FixActions } from './FixActions';

const PAGE = 20;
const SEVERITY: Record<FindingGroup['severity'], { label: string; color: 'critical' | 'warning' | 'neutral' }> = {
  error: { label: 'Error', color: 'critical' },
  warning: { label: 'Warning', color: 'warning' },
  info: { label: 'Info', color: 'neutral' },
};

export interface RowActions {
  /** the caller's team that may fix the object, undefined: read-only */
  fixTeam: (item: AlertingItem) => CallerTeam | undefined;
  onFixed: (objectId: string, value: Record<string, unknown>, fixedCode: string) => void;
  onShowHistory: (objectId: string) => void;
}

function ObjectRow({ object, item, actions }: { object: AffectedObject; item: AlertingItem | undefined; actions: RowActions }) {
  const noun = schemaPageById(object.schemaId)?.noun ?? object.schemaId;
  return (
    <li style={{ borderTop: '1px solid var(--dt-colors-border-neutral-default, #ccc)', padding: '8px 0' }} data-testid="finding-row" data-object-id={object.objectId}>
      <Flex justifyContent="space-between" gap={8} flexWrap="wrap">
        <Flex flexDirection="column" gap={2} style={{ flex: '1 1 360px', minWidth: 0, overflowWrap: 'anywhere' }}>
          <Text><Strong>{object.summary || object.objectId}</Strong> <Text textStyle="small">({noun})</Text></Text>
          <Text textStyle="small">{readableMessage(object.finding.message)}{object.finding.help ? ` — ${readableMessage(object.finding.help)}` : ''}</Text>
          {object.outside ? <Text textStyle="small"><Chip color="warning" size="condensed">Last changed outside the app</Chip> {readableMessage(object.outside.message)}</Text> : null}
        </Flex>
        <Flex gap={8} alignItems="flex-start" flexWrap="wrap">
          {item ? <FixActions item={item} finding={object.finding} team={actions.fixTeam(item)} onFixed={actions.onFixed} /> : null}
          <Button size="condensed" onClick={() => actions.onShowHistory(object.objectId)} aria-label={`History of ${object.summary}`}>History</Button>
        </Flex>
      </Flex>
    </li>
  );
}

function Group({ group, items, actions, initiallyOpen }: { group: FindingGroup; items: ReadonlyMap<string, AlertingItem>; actions: RowActions; initiallyOpen: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState(PAGE);
  const sev = SEVERITY[group.severity];
  const n = group.objects.length;
  return (
    <Container as="section" aria-labelledby={`${id}-h`} padding={12} data-testid="finding-group" data-code={group.code}>
      <Flex flexDirection="column" gap={8}>
        <Flex gap={8} alignItems="center" flexWrap="wrap">
          <Chip color={sev.color}>{sev.label}</Chip>
          <Heading level={4} as="h3" id={`${id}-h`}>{group.title}</Heading>
        </Flex>
        <Paragraph><Strong>Why it matters: </Strong>{group.why}</Paragraph>
        <Paragraph><Strong>How to fix: </Strong>{group.fix}</Paragraph>
        <div>
          <Button size="condensed" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((v) => !v)}>
            {open ? 'Hide the objects' : `Show the ${n === 1 ? 'object' : `${n.toLocaleString()} objects`}`}
          </Button>
        </div>
        {open ? (
          <ul id={`${id}-list`} aria-label={group.title} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {group.objects.slice(0, shown).map((o) => <ObjectRow key={o.objectId} object={o} item={items.get(o.objectId)} actions={actions} />)}
          </ul>
        ) : null}
        {open && n > shown ? <div><Button size="condensed" onClick={() => setShown((s) => s + PAGE)}>Show {Math.min(PAGE, n - shown)} more of {(n - shown).toLocaleString()}</Button></div> : null}
      </Flex>
    </Container>
  );
}

function CleanObjects({ items, onShowHistory }: { items: readonly AlertingItem[]; onShowHistory: (id: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return null;
  return (
    <Container as="section" aria-labelledby={`${id}-h`} padding={12}>
      <Flex flexDirection="column" gap={8}>
        <Heading level={4} as="h3" id={`${id}-h`}>{items.length.toLocaleString()} {items.length === 1 ? 'object follows' : 'objects follow'} the team rules</Heading>
        <div><Button size="condensed" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((v) => !v)}>{open ? 'Hide them' : 'Show them'}</Button></div>
        {open ? (
          <ul id={`${id}-list`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.slice(0, shown).map((i) => (
              <li key={i.objectId} style={{ padding: '4px 0' }}>
                <Flex justifyContent="space-between" gap={8} flexWrap="wrap">
                  <Text style={{ overflowWrap: 'anywhere', minWidth: 0 }}>{i.summary || i.objectId} <Text textStyle="small">({schemaPageById(i.schemaId)?.noun ?? i.schemaId}, modified {formatTime(i.modified)})</Text></Text>
                  <Button size="condensed" onClick={() => onShowHistory(i.objectId)} aria-label={`History of ${i.summary}`}>History</Button>
                </Flex>
              </li>
            ))}
          </ul>
        ) : null}
        {open && items.length > shown ? <div><Button size="condensed" onClick={() => setShown((s) => s + PAGE)}>Show more</Button></div> : null}
      </Flex>
    </Container>
  );
}

interface Props {
  groups: FindingGroup[];
  items: ReadonlyMap<string, AlertingItem>;
  clean: readonly AlertingItem[];
  actions: RowActions;
  /** a key that changes with the filter: groups open afresh */
  resetKey: string;
  loading: boolean;
}

export function FindingGroups({ groups, items, clean, actions, resetKey, loading }: Props) {
  return (
    <Flex flexDirection="column" gap={12}>
      {groups.length === 0 ? <Paragraph>{loading ? 'Loading…' : 'No findings: every object here follows the team rules.'}</Paragraph> : null}
      {groups.map((g, i) => <Group key={`${resetKey}|${g.code}`} group={g} items={items} actions={actions} initiallyOpen={i === 0} />)}
      <CleanObjects key={`${resetKey}|clean`} items={clean} onShowHistory={actions.onShowHistory} />
    </Flex>
  );
}
