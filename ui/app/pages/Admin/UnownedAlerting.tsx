/**
 * Admins: alerting objects that sit in no team's scope (global, in a zone no team maps, spanning
 * teams), with the reason. Mapping the zone to a team, or moving the object, makes it reviewable.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { DataTable, type DataTableColumnDef } from '@dynatrace/strato-components/tables';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { useEffect, useMemo, useState } from 'react';
import type { Failure, UnownedItem } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { callFunction } from '../../hooks/callFunction';
import { formatTime, readableMessage } from '../../format';
import { schemaPageById } from '../../schemas';

interface Row { objectId: string; summary: string; schema: string; reason: string; modified: string }

export function UnownedAlerting() {
  const [items, setItems] = useState<UnownedItem[]>([]);
  const [nextPageKey, setNextPageKey] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [request, setRequest] = useState<{ pageKey?: string; generation: number }>({ generation: 0 });

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    callFunction('list-unowned-alerting', request.pageKey ? { pageKey: request.pageKey } : {}, controller.signal)
      .then((r) => {
        if (controller.signal.aborted) return;
        setLoading(false);
        if (r.status !== 'ok') return setFailure(r);
        setFailure(undefined);
        setItems((prev) => (request.pageKey ? [...prev, ...r.items] : r.items));
        setNextPageKey(r.nextPageKey);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [request]);

  const rows = useMemo<Row[]>(() => items.map((i) => ({
    objectId: i.objectId, summary: i.summary || i.objectId, schema: schemaPageById(i.schemaId)?.noun ?? i.schemaId,
    reason: readableMessage(i.message), modified: formatTime(i.modified),
  })), [items]);
  const columns = useMemo<Array<DataTableColumnDef<Row>>>(() => [
    { id: 'summary', header: 'Object', accessor: 'summary' },
    { id: 'schema', header: 'Type', accessor: 'schema' },
    { id: 'reason', header: 'Why no team owns it', accessor: 'reason' },
    { id: 'modified', header: 'Last modified', accessor: 'modified' },
  ], []);

  return (
    <section aria-label="Alerting outside every team">
      <Flex flexDirection="column" gap={8}>
        <Heading level={2}>Alerting outside every team</Heading>
        <Paragraph>No team can see or change these objects in the app. Map their management zone to a team, or move them into a team&apos;s zone.</Paragraph>
        {failure ? <FailureBanner failure={failure} onRetry={() => setRequest((r) => ({ generation: r.generation + 1 }))} /> : null}
        {loading && items.length === 0 ? <PageLoading label="Looking for alerting outside every team" /> : null}
        {!loading || items.length > 0 ? (
          // the object and the reason are what the admin acts on: wrapped, never cut off
          <DataTable data={rows} columns={columns} sortable rowId={(r) => r.objectId} defaultLineWrap={{ summary: true, reason: true }}>
            <DataTable.EmptyState>Every alerting object belongs to a team.</DataTable.EmptyState>
          </DataTable>
        ) : null}
        {nextPageKey ? (
          <Button onClick={() => setRequest((r) => ({ pageKey: nextPageKey, generation: r.generation + 1 }))} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}
