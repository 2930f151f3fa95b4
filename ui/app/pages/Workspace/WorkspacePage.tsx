/**
 * Workspace of one schema for one team: search, filter and sort the team's objects; create,
 * edit and delete them. Buttons follow the caller's allowed actions from `get-context`; the
 * functions enforce the same rules again. The editor (with the code editor, the largest chunk
 * after the table) loads on its own, after the first rows are on screen.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { actionsFor } from '../../../../lib/access';
import { displayNameOf } from '../../../../lib/alerting/naming';
import { ALERTING_PROFILE } from '../../../../lib/alerting/schema-ids';
import type { AlertingItem } from '../../../../lib/contracts';
import { FailureBanner } from '../../components/FailureBanner';
import { InventoryProgress } from '../../components/InventoryProgress';
import { PageLoading } from '../../components/PageLoading';
import { formatPerson } from '../../format';
import { useCaller } from '../../hooks/CallerContext';
import { usePeople } from '../../hooks/usePeople';
import { useSelectedTeam } from '../../hooks/useSelectedTeam';
import { useTeamInventory } from '../../hooks/useTeamInventory';
import { schemaPageBySlug } from '../../schemas';
import { DeleteDialog } from './DeleteDialog';
import type { EditorTarget } from './ObjectEditor';
import { DEFAULT_SORT, filterRows, sortRows, toRows, type ColumnSort, type FindingFilter } from './objectRows';
import { ObjectTable } from './ObjectTable';
import { WorkspaceHeader } from './WorkspaceHeader';

const loadEditor = () => import('./ObjectEditor');
// the clone rule (with the schema definitions it reads) loads when a user first clones
const loadClone = () => import('./cloneTarget');
const ObjectEditor = lazy(() => loadEditor().then((m) => ({ default: m.ObjectEditor })));
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

export default function WorkspacePage() {
  const { slug } = useParams();
  const page = schemaPageBySlug(slug);
  const { data: context, failure, loading, reload } = useCaller();
  const teams = useMemo(() => context?.teams ?? [], [context]);
  const [team, selectTeam] = useSelectedTeam(teams);
  const inventory = useTeamInventory(team?.id, page?.schemaId);
  // notifications pick their alerting profile from the team's profiles
  const profileInventory = useTeamInventory(page?.schemaId === 'builtin:problem.notifications' ? team?.id : undefined, ALERTING_PROFILE);
  // set by the header's search box in a transition, so the filtering render never delays the typing
  const [query, setQuery] = useState('');
  const [findingFilter, setFindingFilter] = useState<FindingFilter>('all');
  const [sortBy, setSortBy] = useState<ColumnSort[]>(DEFAULT_SORT);
  const [editor, setEditor] = useState<EditorTarget | undefined>();
  const [deleting, setDeleting] = useState<AlertingItem | undefined>();
  const [exporting, setExporting] = useState(false);
  // a deep link (`?object=<id>&field=<path>`, e.g. from a review finding) opens the editor on the object at the field, once
  const [params, setParams] = useSearchParams();
  const linked = params.get('object');
  const linkedField = params.get('field');
  useEffect(() => {
    if (!linked || !team) return;
    setEditor({ kind: 'edit', objectId: linked, ...(linkedField ? { field: linkedField } : {}) });
    setParams((p) => { p.delete('object'); p.delete('field'); return p; }, { replace: true });
  }, [linked, linkedField, team, setParams]);

  // rows (with their lowercased search text and sort keys) are built once per item and sorted once
  // per sort or arriving page: a keystroke is one pass of `includes` over rows already in order
  // people by name: the table shows who changed an object last, never their user id
  const modifiers = useMemo(() => inventory.items.map((i) => i.modifiedBy), [inventory.items]);
  const personOf = usePeople(modifiers);
  const callerId = context?.user.id;
  const rows = useMemo(() => toRows(inventory.items, (id) => formatPerson(personOf(id), callerId)), [inventory.items, personOf, callerId]);
  const sorted = useMemo(() => sortRows(rows, sortBy), [rows, sortBy]);
  const visible = useMemo(() => filterRows(sorted, query, findingFilter), [sorted, query, findingFilter]);
  const profiles = useMemo(() => profileInventory.items.map((p) => ({ objectId: p.objectId, name: displayNameOf(ALERTING_PROFILE, p.value) || p.summary })), [profileInventory.items]);

  // fetch the editor's code once the first rows are there and the browser is idle, so opening it is quick
  const rowsShown = inventory.items.length > 0 || inventory.complete;
  useEffect(() => {
    if (!rowsShown) return undefined;
    const load = () => void loadEditor().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(load, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(load, 500);
    return () => window.clearTimeout(handle);
  }, [rowsShown]);

  const onEdit = useCallback((item: AlertingItem) => setEditor({ kind: 'edit', objectId: item.objectId, listed: item.value }), []);
  const onDelete = useCallback((item: AlertingItem) => setDeleting(item), []);
  const onCreate = useCallback(() => setEditor({ kind: 'create' }), []);
  const onExport = useCallback(() => setExporting(true), []);
  const onClone = useCallback((item: AlertingItem) => {
    if (!team || !page) return;
    void loadClone().then(({ cloneTarget }) => setEditor(cloneTarget(page.schemaId, item, team, inventory.items, profiles)));
  }, [team, page, inventory.items, profiles]);

  if (!page) return <Navigate to="/workspace" replace />;
  if (loading && !context) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} title="Could not load your teams" />;
  if (!team) {
    return (
      <Flex flexDirection="column" gap={8} padding={16}>
        <Heading level={1}>{page.title}</Heading>
        <Paragraph>You are not in any team, so there is nothing to manage here. The home page says who can add you.</Paragraph>
      </Flex>
    );
  }

  const actions = actionsFor(team, page.schemaId);
  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <WorkspaceHeader
        page={page}
        team={team}
        teams={teams}
        onSelectTeam={selectTeam}
        countText={inventory.complete ? `${inventory.items.length.toLocaleString()} objects` : `${inventory.items.length.toLocaleString()} objects loaded so far`}
        onQueryChange={setQuery}
        findingFilter={findingFilter}
        onFindingFilterChange={setFindingFilter}
        canCreate={actions.create}
        onCreate={onCreate}
        onExport={onExport}
      />
      <InventoryProgress inventory={inventory} noun={`${page.noun}s`} />
      <Text aria-live="polite" data-testid="visible-count">
        {visible.length === rows.length ? `${rows.length} shown` : `${visible.length} of ${rows.length} shown`}
        {inventory.complete ? '' : ' so far'}
      </Text>
      <ObjectTable
        rows={visible}
        sortBy={sortBy}
        onSortByChange={setSortBy}
        pageResetKey={`${team.id}|${page.schemaId}|${query}|${findingFilter}|${JSON.stringify(sortBy)}`}
        loading={inventory.loading}
        noun={page.noun}
        canUpdate={actions.update}
        canDelete={actions.delete}
        canClone={actions.create}
        onEdit={onEdit}
        onDelete={onDelete}
        onClone={onClone}
      />
      {editor ? (
        <Suspense fallback={<PageLoading label="Opening the editor" />}>
          <ObjectEditor
            key={editor.kind === 'edit' ? editor.objectId : editor.initial ? `copy-${editor.initial.sourceId}` : 'new'}
            page={page}
            team={team}
            target={editor}
            profiles={profiles}
            canSave={editor.kind === 'create' ? actions.create : actions.update}
            onClose={() => setEditor(undefined)}
            onSaved={() => {
              setEditor(undefined);
              inventory.reload();
            }}
          />
        </Suspense>
      ) : null}
      {exporting ? (
        <Suspense fallback={<PageLoading label="Opening the export" />}>
          <ExportDialog team={team} onClose={() => setExporting(false)} />
        </Suspense>
      ) : null}
      {deleting ? (
        <DeleteDialog
          item={deleting}
          noun={page.noun}
          onClose={() => setDeleting(undefined)}
          onDeleted={(deletedIds) => {
            const gone = new Set(deletedIds);
            setDeleting(undefined);
            inventory.patch((items) => items.filter((i) => !gone.has(i.objectId)));
          }}
        />
      ) : null}
    </Flex>
  );
}
