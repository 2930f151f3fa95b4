/**
 * The filters of the history timeline: person, type (schema) and zone, each a labelled Strato
 * select of several values (what the loaded history holds, with counts), beside the time range.
 * The active filters are listed as chips, each removable, and "Clear filters" drops them all.
 * The filtering itself is lib/review's `filterTimeline`.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Chip } from '@dynatrace/strato-components/content';
import { FormField, Label, Select, SelectContent, SelectFilter, SelectOption, SelectTrigger } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { AlertingSchemaId } from '../../../../lib/contracts';
import type { FilterOptions, HistoryFilter } from '../../../../lib/review/history-timeline';
import { schemaPageById } from '../../schemas';

const FILTER_FROM = 8;

interface Props {
  filter: HistoryFilter;
  options: FilterOptions;
  onChange: (next: HistoryFilter) => void;
  /** a person's name as shown */
  personLabel: (id: string) => string;
}

function MultiSelect({ label, values, options, onChange }: { label: string; values: readonly string[]; options: Array<{ value: string; label: string }>; onChange: (next: string[]) => void }) {
  return (
    <FormField>
      <Label>{label}</Label>
      <Select<string, true> multiple aria-label={label} value={[...values]} onChange={(next) => onChange(next ?? [])} clearable>
        <SelectTrigger placeholder="Any" />
        <SelectContent>
          {options.length > FILTER_FROM ? <SelectFilter /> : null}
          {options.map((o) => <SelectOption key={o.value} value={o.value}>{o.label}</SelectOption>)}
        </SelectContent>
      </Select>
    </FormField>
  );
}

export const schemaLabel = (id: string): string => schemaPageById(id)?.title ?? id;

export function HistoryFilters({ filter, options, onChange, personLabel }: Props) {
  const withCount = (label: string, count: number) => `${label} (${count})`;
  const active: Array<{ key: string; text: string; remove: () => void }> = [
    ...filter.people.map((p) => ({ key: `p-${p}`, text: `Person: ${personLabel(p)}`, remove: () => onChange({ ...filter, people: filter.people.filter((x) => x !== p) }) })),
    ...filter.schemas.map((s) => ({ key: `s-${s}`, text: `Type: ${schemaLabel(s)}`, remove: () => onChange({ ...filter, schemas: filter.schemas.filter((x) => x !== s) }) })),
    ...filter.zones.map((z) => ({ key: `z-${z}`, text: `Zone: ${z}`, remove: () => onChange({ ...filter, zones: filter.zones.filter((x) => x !== z) }) })),
  ];
  return (
    <Flex flexDirection="column" gap={8}>
      <Flex gap={12} alignItems="flex-end" flexWrap="wrap">
        <MultiSelect label="Person" values={filter.people} onChange={(people) => onChange({ ...filter, people })}
          options={options.people.map((p) => ({ value: p.id, label: withCount(personLabel(p.id), p.count) }))} />
        <MultiSelect label="Type" values={filter.schemas} onChange={(schemas) => onChange({ ...filter, schemas: schemas as AlertingSchemaId[] })}
          options={options.schemas.map((s) => ({ value: s.id, label: withCount(schemaLabel(s.id), s.count) }))} />
        <MultiSelect label="Zone" values={filter.zones} onChange={(zones) => onChange({ ...filter, zones })}
          options={options.zones.map((z) => ({ value: z.id, label: withCount(z.id, z.count) }))} />
      </Flex>
      {active.length > 0 ? (
        <Flex gap={8} alignItems="center" flexWrap="wrap" role="group" aria-label="Active filters">
          <Text textStyle="small">Filtered by</Text>
          {active.map((a) => (
            <Chip key={a.key} size="condensed">
              {a.text}
              <Chip.DeleteButton aria-label={`Remove filter ${a.text}`} onClick={a.remove} />
            </Chip>
          ))}
          <Button size="condensed" variant="default" onClick={() => onChange({ people: [], schemas: [], zones: [] })}>Clear filters</Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
