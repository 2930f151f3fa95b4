/** One form control for a schema field, with its label and the messages found at its path. */
import { Checkbox, FormField, Label, NumberInputV2, PasswordInput, Select, SelectContent, SelectOption, SelectTrigger, TextArea, TextInput } from '@dynatrace/strato-components/forms';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import { scanEntitySelector, withSelectorZone } from '../../../../lib/alerting';
import type { CallerTeam } from '../../../../lib/contracts';
import { MetricKeyPicker, MetricThresholdUnit } from '../../components/metric-picker';
import { getAt } from '../../../../lib/values/value-path';
import type { FieldMessage } from './fieldMessages';
import type { FormField as FieldDef } from './formFields';

export interface ProfileOption {
  objectId: string;
  name: string;
}

interface Props {
  field: FieldDef;
  value: Record<string, unknown>;
  onChange: (path: string, next: unknown) => void;
  team: CallerTeam;
  profiles: ProfileOption[];
  messages: FieldMessage[];
  disabled: boolean;
}

export function FieldControl({ field, value, onChange, team, profiles, messages, disabled }: Props) {
  const current = getAt(value, field.path);
  const error = messages.find((m) => m.severity === 'error');
  const controlState = error ? { state: 'error' as const, hint: error.message } : undefined;
  const others = messages.filter((m) => m !== error);
  const set = (next: unknown) => onChange(field.path, next);
  const zoneOptions = team.managementZones.filter((z) => z.id !== null);

  let control: React.ReactNode;
  switch (field.kind) {
    case 'text':
      control = field.multiline ? (
        <TextArea value={typeof current === 'string' ? current : ''} onChange={(v: string) => set(v)} disabled={disabled} controlState={controlState} />
      ) : (
        <TextInput value={typeof current === 'string' ? current : ''} onChange={(v: string) => set(v)} disabled={disabled} controlState={controlState} />
      );
      break;
    case 'secret':
      control = <PasswordInput value={typeof current === 'string' ? current : ''} onChange={(v: string) => set(v)} disabled={disabled} controlState={controlState} />;
      break;
    case 'number':
      control = (
        <NumberInputV2 value={typeof current === 'number' ? current : null} min={field.min} max={field.max} onChange={(v: number | null) => set(v ?? undefined)} disabled={disabled} controlState={controlState} />
      );
      break;
    case 'checkbox':
      return (
        <FormField>
          <Checkbox value={current === true} onChange={(v: boolean) => set(v)} disabled={disabled}>{field.label}</Checkbox>
        </FormField>
      );
    case 'list':
      control = (
        <TextInput
          value={Array.isArray(current) ? current.join(', ') : ''}
          onChange={(v: string) => set(v.split(',').map((s) => s.trim()).filter((s, i, all) => s !== '' || i < all.length - 1))}
          disabled={disabled}
          controlState={controlState}
        />
      );
      break;
    case 'choice':
      control = (
        <Select aria-label={field.label} value={typeof current === 'string' ? current : null} onChange={(v: string | null) => set(v ?? undefined)} disabled={disabled} controlState={controlState}>
          <SelectTrigger />
          <SelectContent>
            {field.options.map(([v, label]) => <SelectOption key={v} value={v}>{label}</SelectOption>)}
          </SelectContent>
        </Select>
      );
      break;
    case 'zone':
    case 'zones': {
      const multiple = field.kind === 'zones';
      const ids = multiple ? (Array.isArray(current) ? (current as string[]) : []) : typeof current === 'string' ? [current] : [];
      // a zone the team does not own stays visible (so the user sees what is wrong) but is marked
      const foreign = ids.filter((id) => !zoneOptions.some((z) => z.id === id));
      control = (
        <Select<string, boolean>
          aria-label={field.label}
          multiple={multiple}
          value={multiple ? ids : (ids[0] ?? null)}
          onChange={(v: string | string[] | null) => set(multiple ? (v ?? []) : (v ?? null))}
          disabled={disabled}
          controlState={controlState}
        >
          <SelectTrigger placeholder="Choose one of your team's zones" />
          <SelectContent>
            {zoneOptions.map((z) => <SelectOption key={z.id} value={z.id!}>{z.name}</SelectOption>)}
            {foreign.map((id) => <SelectOption key={id} value={id}>{`zone ${id} (not your team's)`}</SelectOption>)}
          </SelectContent>
        </Select>
      );
      break;
    }
    case 'selector-zone': {
      const selector = typeof current === 'string' ? current : '';
      const name = scanEntitySelector(selector).names[0] ?? null;
      control = (
        <Select aria-label={field.label} value={name} onChange={(v: string | null) => v && set(withSelectorZone(selector, v))} disabled={disabled} controlState={controlState}>
          <SelectTrigger placeholder="Choose one of your team's zones" />
          <SelectContent>
            {team.managementZones.map((z) => <SelectOption key={z.name} value={z.name}>{z.name}</SelectOption>)}
            {name && !team.managementZones.some((z) => z.name === name) ? <SelectOption value={name}>{`${name} (not your team's)`}</SelectOption> : null}
          </SelectContent>
        </Select>
      );
      break;
    }
    case 'metric-key':
      control = <MetricKeyPicker aria-label={field.label} value={typeof current === 'string' ? current : undefined} onChange={(v) => set(v)} disabled={disabled} error={error?.message} />;
      break;
    case 'alerting-profile': {
      const id = typeof current === 'string' ? current : null;
      control = (
        <Select aria-label={field.label} value={id} onChange={(v: string | null) => set(v ?? undefined)} disabled={disabled} controlState={controlState}>
          <SelectTrigger placeholder="Choose one of your team's alerting profiles" />
          <SelectContent>
            {profiles.map((p) => <SelectOption key={p.objectId} value={p.objectId}>{p.name}</SelectOption>)}
            {id && !profiles.some((p) => p.objectId === id) ? <SelectOption value={id}>unknown alerting profile</SelectOption> : null}
          </SelectContent>
        </Select>
      );
      break;
    }
  }

  return (
    <FormField>
      <Label>{field.label}</Label>
      {control}
      {field.hint ? <Text textStyle="small">{field.hint}</Text> : null}
      {field.kind === 'number' && field.metricUnit ? <MetricThresholdUnit value={value} /> : null}
      {others.map((m, i) => (
        <Text key={i} textStyle="small" data-severity={m.severity}>
          {m.severity === 'error' ? 'Error: ' : m.severity === 'warning' ? 'Warning: ' : 'Note: '}
          {m.message}
        </Text>
      ))}
    </FormField>
  );
}
