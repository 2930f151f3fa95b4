/**
 * Team mappings. Admins see every team with the validation findings across teams and can
 * create, edit and delete; everyone else sees their own teams read-only (from `get-context`).
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { DataTable, type DataTableColumnDef } from '@dynatrace/strato-components/tables';
import { Heading, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import type { Failure, ListTeamsResponse } from '../../../../lib/contracts';
import { teamZoneNames } from '../../../../lib/teams/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { callFunction } from '../../hooks/callFunction';
import { useCaller } from '../../hooks/CallerContext';
import { useFunctionQuery } from '../../hooks/useFunctionQuery';
import { TeamEditor } from './TeamEditor';
import { UnownedAlerting } from './UnownedAlerting';

type Stored = Extract<ListTeamsResponse, { status: 'ok' }>['teams'][number];
interface Row { objectId: string; name: string; id: string; zones: string; members: number; leads: string; naming: string; stored: Stored }

export default function TeamsPage() {
  const { data: caller, loading, failure, reload } = useCaller();
  if (loading && !caller) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} />;
  // the route shows the not-available page to whoever `capabilities.pages` leaves Teams out for (App.tsx)
  if (!caller?.capabilities.manageTeams) return null;
  return <AdminTeams />;
}

function AdminTeams() {
  const { reload: reloadCaller } = useCaller();
  const query = useFunctionQuery('list-teams', {});
  const [editing, setEditing] = useState<Stored | 'new' | undefined>();
  const [deleting, setDeleting] = useState<Stored | undefined>();
  const [deleteFailure, setDeleteFailure] = useState<Failure | undefined>();

  const rows = useMemo<Row[]>(
    () =>
      (query.data?.teams ?? []).map((s) => ({
        objectId: s.objectId,
        name: s.team.displayName,
        id: s.team.id,
        zones: teamZoneNames(s.team).join(', '),
        members: s.team.members.length,
        leads: s.team.leads.join(', '),
        naming: s.team.naming ? `${s.team.naming.kind} ${s.team.naming.value} (${s.team.naming.mode})` : 'none',
        stored: s,
      })),
    [query.data],
  );
  const columns = useMemo<Array<DataTableColumnDef<Row>>>(
    () => [
      // at least 870 px together: the table fits a 1024 px window (issue 16)
      { id: 'name', header: 'Team', accessor: 'name', width: '1fr', minWidth: 110 },
      { id: 'id', header: 'Id', accessor: 'id', width: 100 },
      { id: 'zones', header: 'Management zones', accessor: 'zones', width: '1.2fr', minWidth: 130 },
      { id: 'members', header: 'Members', accessor: 'members', sortType: 'number', width: 90 },
      { id: 'leads', header: 'Leads', accessor: 'leads', width: '1.5fr', minWidth: 150 },
      { id: 'naming', header: 'Naming', accessor: 'naming', width: '1.2fr', minWidth: 140 },
      {
        id: 'actions', header: 'Actions', accessor: 'objectId', disableSorting: true, width: 150,
        cell: ({ rowData }) => (
          <Flex gap={4}>
            <Button size="condensed" onClick={() => setEditing(rowData.stored)} aria-label={`Edit team ${rowData.name}`}>Edit</Button>
            <Button size="condensed" color="critical" onClick={() => { setDeleteFailure(undefined); setDeleting(rowData.stored); }} aria-label={`Delete team ${rowData.name}`}>Delete</Button>
          </Flex>
        ),
      },
    ],
    [],
  );

  async function deleteTeam(stored: Stored) {
    const result = await callFunction('delete-team', { objectId: stored.objectId, version: stored.version });
    if (result.status === 'ok') {
      showToast({ type: 'success', title: `Deleted team ${stored.team.displayName}`, lifespan: 4000 });
      setDeleting(undefined);
      query.reload();
      reloadCaller();
    } else setDeleteFailure(result);
  }

  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <Flex justifyContent="space-between" alignItems="flex-end" flexWrap="wrap" gap={8}>
        <div>
          <Heading level={1}>Teams</Heading>
          <Paragraph>Who is in which team, which management zones each team owns, and the rules for its alerting.</Paragraph>
        </div>
        <Button variant="emphasized" color="primary" onClick={() => setEditing('new')}>Create team</Button>
      </Flex>
      {query.loading && !query.data ? <PageLoading label="Loading team mappings" /> : null}
      {query.failure ? <FailureBanner failure={query.failure} onRetry={query.reload} /> : null}
      {query.data && query.data.diagnostics.length > 0 ? (
        <section aria-label="Team mapping findings">
          <Heading level={2}>Findings across teams</Heading>
          <List>
            {query.data.diagnostics.map((d, i) => <Text key={i}>{d.severity}: {d.message}</Text>)}
          </List>
        </section>
      ) : null}
      {query.data ? (
        <DataTable data={rows} columns={columns} sortable rowId={(r) => r.objectId}>
          <DataTable.EmptyState>No teams yet. Create the first one.</DataTable.EmptyState>
        </DataTable>
      ) : null}
      {/* remounted (and so re-read) whenever a team mapping changes */}
      {query.data ? <UnownedAlerting key={query.data.teams.map((t) => `${t.objectId}@${t.version}`).join(',')} /> : null}
      {editing ? (
        <TeamEditor
          stored={editing === 'new' ? undefined : editing}
          listing={query.data ?? { teams: [], zones: [] }}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            query.reload();
            reloadCaller();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete team ${deleting.team.displayName}?`}
          confirmLabel="Delete team"
          onConfirm={() => deleteTeam(deleting)}
          onClose={() => setDeleting(undefined)}
          failure={deleteFailure}
        >
          Its members lose access to the team&apos;s alerting in this app. The alerting objects themselves stay in Dynatrace.
        </ConfirmDialog>
      ) : null}
    </Flex>
  );
}
