/** Text, numbers and switches: Strato's TextInput/TextArea, NumberInput (with the unit) and Switch. */
import { NumberInputV2, Switch, TextArea, TextInput } from '@dynatrace/strato-components/forms';
import React from 'react';
import { controlOf, valueOfControl } from '../../../../../lib/settings-schemas/form';
import { FieldShell } from '../FieldShell';
import type { WidgetProps } from '../registry';
import { controlStateOf, useField } from '../useField';

export function TextWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  const text = (controlOf(field, value) as string | null) ?? '';
  const set = (next: string) => onChange(valueOfControl(field, next));
  const multiline = field.control.kind === 'text' && field.control.multiline;
  const type = field.def.subType === 'email' ? 'email' : field.def.subType === 'url' ? 'url' : 'text';
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error}>
      {multiline
        ? <TextArea value={text} onChange={set} disabled={disabled} controlState={controlStateOf(error)} rows={Math.min(8, Math.max(2, text.split('\n').length))} />
        : <TextInput type={type} value={text} onChange={set} disabled={disabled} controlState={controlStateOf(error)} />}
    </FieldShell>
  );
}

function rangeNote(min: number | undefined, max: number | undefined, unit: string | undefined): string {
  const u = unit ? ` ${unit}` : '';
  if (min !== undefined && max !== undefined) return `From ${min} to ${max}${u}.`;
  if (min !== undefined) return `At least ${min}${u}.`;
  if (max !== undefined) return `At most ${max}${u}.`;
  return '';
}

export function NumberWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  if (field.control.kind !== 'number') return null;
  const { min, max, unit, integer } = field.control;
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error} note={rangeNote(min, max, unit)}>
      <NumberInputV2
        value={controlOf(field, value) as number | null}
        onChange={(next: number | null) => onChange(valueOfControl(field, next))}
        min={min}
        max={max}
        step={integer ? 1 : undefined}
        disabled={disabled}
        controlState={controlStateOf(error)}
      >
        {unit ? <NumberInputV2.Suffix>{unit}</NumberInputV2.Suffix> : null}
      </NumberInputV2>
    </FieldShell>
  );
}

export function BooleanWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error} label={false}>
      <Switch value={value === true} onChange={(next: boolean) => onChange(next)} disabled={disabled} controlState={controlStateOf(error)}>
        {field.label}
      </Switch>
    </FieldShell>
  );
}
