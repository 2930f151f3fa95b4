/**
 * The workspace's header: schema links, title, team picker, search, findings filter, export,
 * apply from files and the create button. Memoized, and the search box keeps its own text: a keystroke re-renders only the
 * box at once and hands the text to the page as a transition (interruptible, the latest text
 * wins), so neither render of a keystroke pays for the Strato selects and buttons up here.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FormField, Label, Select, SelectContent, SelectOption, SelectTrigger, TextInput } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Text } from '@dynatrace/strato-components/typography';
import React, { startTransition, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CallerTeam } from '../../../../lib/contracts';
import { TeamPicker } from '../../components/TeamPicker';
import type { SchemaPage } from '../../schemas';
import type { FindingFilter } from './objectRows';
import { SchemaNav } from './SchemaNav';

interface Props {
  page: SchemaPage;
  team: CallerTeam;
  teams: CallerTeam[];
  onSelectTeam: (teamId: string) => void;
  /** "1,200 objects" / "500 objects loaded so far" */
  countText: string;
  onQueryChange: (query: string) => void;
  findingFilter: FindingFilter;
  onFindingFilterChange: (filter: FindingFilter) => void;
  canCreate: boolean;
  onCreate: () => void;
  onExport: () => void;
}

export const WorkspaceHeader = React.memo(function WorkspaceHeader({ page, team, teams, onSelectTeam, countText, onQueryChange, findingFilter, onFindingFilterChange, canCreate, onCreate, onExport }: Props) {
  return (
    <>
      <SchemaNav current={page} teamId={team.id} />
      <Flex alignItems="flex-end" justifyContent="space-between" flexWrap="wrap" gap={12}>
        <div>
          <Heading level={1}>{page.title}</Heading>
          <Text>
            {team.name} · zones {team.managementZones.map((z) => z.name).join(', ') || 'none'} · {countText}
          </Text>
        </div>
        <Flex gap={12} alignItems="flex-end" flexWrap="wrap">
          <TeamPicker teams={teams} team={team} onChange={onSelectTeam} />
          <SearchField placeholder={`Search ${page.title.toLowerCase()}`} onChange={onQueryChange} />
          <FormField>
            <Label>Findings</Label>
            <Select aria-label="Findings" value={findingFilter} onChange={(v: FindingFilter | null) => onFindingFilterChange(v ?? 'all')}>
              <SelectTrigger />
              <SelectContent>
                <SelectOption value="all">All objects</SelectOption>
                <SelectOption value="with">With findings</SelectOption>
                <SelectOption value="without">Without findings</SelectOption>
              </SelectContent>
            </Select>
          </FormField>
          <Button onClick={onExport}>Export</Button>
          <Button as={Link} to={`/apply?team=${encodeURIComponent(team.id)}`}>Apply from files</Button>
          {canCreate ? (
            <Button variant="emphasized" color="primary" onClick={onCreate}>
              {`Create ${page.noun}`}
            </Button>
          ) : (
            <Text>Your team may not create {page.title.toLowerCase()}.</Text>
          )}
        </Flex>
      </Flex>
    </>
  );
});

function SearchField({ placeholder, onChange }: { placeholder: string; onChange: (query: string) => void }) {
  const [text, setText] = useState('');
  return (
    <FormField>
      <Label>Search</Label>
      {/* TextInput, not SearchInput: Strato 3.3.0's clear button has no accessible name (axe: button-name) */}
      <TextInput
        type="search"
        value={text}
        onChange={(v: string) => {
          setText(v);
          startTransition(() => onChange(v));
        }}
        placeholder={placeholder}
      />
    </FormField>
  );
}
