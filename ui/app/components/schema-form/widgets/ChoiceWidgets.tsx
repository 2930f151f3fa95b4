/**
 * Choices: an enum as a select of its display names, a reference as a select of the objects it
 * may point at (the team's zones, its alerting profiles) by name, and a list of references as a
 * multi-select. A value that is not among the options stays visible and is marked, so a stored
 * foreign zone is never hidden from the person who has to fix it.
 */
import { Select, SelectContent, SelectFilter, SelectOption, SelectTrigger } from '@dynatrace/strato-components/forms';
import React from 'react';
import { controlOf, valueOfControl, type FormField } from '../../../../../lib/settings-schemas/form';
import { FieldShell } from '../FieldShell';
import { useForm, type ReferenceOption } from '../FormContext';
import type { WidgetProps } from '../registry';
import { controlStateOf, useField } from '../useField';

/** Filtering pays off only for long lists (event types, time zones). */
const FILTER_FROM = 12;

const REFERENCE_NOUN: Record<string, string> = {
  'builtin:management-zones': "one of your team's zones",
  ManagementZone: "one of your team's zones",
  'builtin:alerting.profile': "one of your team's alerting profiles",
};

interface SelectProps {
  field: FormField;
  path: string;
  options: readonly ReferenceOption[];
  /** the label of a value that is not among the options */
  unknownLabel: (value: string) => string;
  placeholder: string;
  multiple?: boolean;
  /** receives the raw value; defaults to setting it at the field's path */
  onPick?: (next: unknown, previous: unknown) => void;
}

/** A Strato select over `options`, for one value or a list of them. */
export function OptionSelect({ field, path, options, unknownLabel, placeholder, multiple = false, onPick }: SelectProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  const chosen = multiple ? (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []) : [controlOf(field, value)].filter((v): v is string => typeof v === 'string' && v !== '');
  const extra = chosen.filter((v) => !options.some((o) => o.value === v));
  const pick = (next: string | string[] | null) => {
    const raw = multiple ? (next ?? []) : valueOfControl(field, (next as string | null) ?? null);
    if (onPick) onPick(raw, value);
    else onChange(raw);
  };
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error}>
      <Select<string, boolean>
        multiple={multiple}
        value={multiple ? chosen : (chosen[0] ?? null)}
        onChange={pick}
        clearable={multiple || field.nullable}
        disabled={disabled}
        controlState={controlStateOf(error)}
      >
        <SelectTrigger placeholder={placeholder} />
        <SelectContent>
          {options.length + extra.length > FILTER_FROM ? <SelectFilter /> : null}
          {options.map((o) => <SelectOption key={o.value} value={o.value}>{o.label}</SelectOption>)}
          {extra.map((v) => <SelectOption key={v} value={v}>{unknownLabel(v)}</SelectOption>)}
        </SelectContent>
      </Select>
    </FieldShell>
  );
}

export function EnumWidget({ field, path }: WidgetProps) {
  if (field.control.kind !== 'enum') return null;
  const options = field.control.options.map((o) => ({ value: o.value, label: o.label }));
  return <OptionSelect field={field} path={path} options={options} unknownLabel={(v) => `${v} (not a known choice)`} placeholder="Choose" />;
}

/** The options of a reference field, and how to speak of a value that is not among them. */
export function useReferenceOptions(field: FormField): { options: readonly ReferenceOption[]; noun: string; unknownLabel: (v: string) => string } {
  const { references } = useForm();
  const type = field.control.kind === 'reference' || field.control.kind === 'reference-list' ? field.control.referencedType : '';
  const options = Object.hasOwn(references, type) ? references[type]! : [];
  const isZone = type === 'builtin:management-zones' || type === 'ManagementZone';
  return {
    options,
    noun: REFERENCE_NOUN[type] ?? 'a value',
    unknownLabel: (v) => (isZone ? `zone ${v} (not your team's)` : `${v} (not one of your team's)`),
  };
}

export function ReferenceWidget({ field, path }: WidgetProps) {
  const { options, noun, unknownLabel } = useReferenceOptions(field);
  return <OptionSelect field={field} path={path} options={options} unknownLabel={unknownLabel} placeholder={`Choose ${noun}`} />;
}

export function ReferenceListWidget({ field, path }: WidgetProps) {
  const { options, noun, unknownLabel } = useReferenceOptions(field);
  return <OptionSelect field={field} path={path} options={options} unknownLabel={unknownLabel} placeholder={`Choose ${noun}`} multiple />;
}
