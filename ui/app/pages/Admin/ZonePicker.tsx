/**
 * The team editor's management zones: the tenant's zone table as a checklist (filterable), each
 * zone with the team that owns it today. A picked zone another team owns can be marked as shared
 * (recorded in the mapping; `upsert-team` refuses it otherwise and names the owner).
 */
import { Checkbox, FieldSet, TextInput } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import type { TeamMapping } from '../../../../lib/teams/model';

interface Props {
  /** the tenant's zone names (the admin's read of the zone table) */
  zones: readonly string[];
  selected: readonly string[];
  shared: readonly string[];
  /** teams other than the edited one that claim each zone */
  owners: ReadonlyMap<string, TeamMapping[]>;
  onToggle: (zone: string, on: boolean) => void;
  onShared: (zone: string, on: boolean) => void;
  errors: readonly string[];
}

const names = (teams: readonly TeamMapping[]) => teams.map((t) => t.displayName).join(', ');

export function ZonePicker({ zones, selected, shared, owners, onToggle, onShared, errors }: Props) {
  const [filter, setFilter] = useState('');
  // zones the team names that the table does not (deleted, or not readable) stay visible to untick
  const all = useMemo(() => [...zones, ...selected.filter((z) => !zones.includes(z))], [zones, selected]);
  const shown = all.filter((z) => z.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <FieldSet>
      <FieldSet.Legend>Management zones</FieldSet.Legend>
      <Flex flexDirection="column" gap={8}>
        <Text textStyle="small">The zones whose alerting the team owns. {selected.length} picked.</Text>
        {all.length > 8 ? <TextInput value={filter} onChange={(v: string) => setFilter(v)} placeholder="Filter zones" aria-label="Filter management zones" /> : null}
        <ul className="ta-zone-list" aria-label="Management zones of the tenant">
          {shown.map((zone) => {
            const picked = selected.includes(zone);
            const others = owners.get(zone) ?? [];
            return (
              <li key={zone}>
                <Flex gap={12} alignItems="center" flexWrap="wrap">
                  <Checkbox value={picked} onChange={(on: boolean) => onToggle(zone, on)}>{zone}</Checkbox>
                  <Text textStyle="small">
                    {!zones.includes(zone) ? 'not in the tenant’s zone table' : others.length ? `owned by ${names(others)}` : picked ? 'this team only' : 'no team yet'}
                  </Text>
                  {picked && others.length ? (
                    <Checkbox value={shared.includes(zone)} onChange={(on: boolean) => onShared(zone, on)}>
                      {`Share ${zone} with ${names(others)}`}
                    </Checkbox>
                  ) : null}
                </Flex>
              </li>
            );
          })}
          {shown.length === 0 ? <li><Text textStyle="small">No zone matches “{filter}”.</Text></li> : null}
        </ul>
        {errors.map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
      </Flex>
    </FieldSet>
  );
}
