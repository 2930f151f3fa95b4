/** Chooses one of the caller's teams; shows the team name only when there is a single one. */
import { FormField, Label, Select, SelectContent, SelectOption, SelectTrigger } from '@dynatrace/strato-components/forms';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
/** A team as the picker needs it: the caller's teams, or the teams they may review. */
interface PickableTeam { id: string; name: string }

export function TeamPicker<T extends PickableTeam>({ teams, team, onChange }: { teams: T[]; team: T | undefined; onChange: (id: string) => void }) {
  if (teams.length <= 1) return <Text>Team: {team?.name ?? '—'}</Text>;
  return (
    <FormField>
      <Label>Team</Label>
      <Select aria-label="Team" value={team?.id ?? null} onChange={(v) => v && onChange(String(v))}>
        <SelectTrigger />
        <SelectContent>
          {teams.map((t) => (
            <SelectOption key={t.id} value={t.id}>{t.name}</SelectOption>
          ))}
        </SelectContent>
      </Select>
    </FormField>
  );
}
