/**
 * Dates, times and time zones of maintenance schedules. The values are wall-clock times of the
 * schedule's own `timeZone` field (`2025-01-05T02:00:00` in Europe/Vienna), not instants. Strato's
 * DateTimePicker edits instants shown in the user's preferred zone, so it would shift a value
 * whenever the two zones differ and cannot show a time the user's zone skips (02:30 on a
 * spring-forward day); the browser's native date, time and date-time inputs edit exactly the
 * wall-clock text, with the platform's keyboard-accessible pickers, styled with Strato tokens.
 * Time zones are a Strato select of the runtime's IANA zones, with a filter.
 */
import React, { useId } from 'react';
import { timeZoneOptions } from '../../../../../lib/settings-schemas/form';
import { FieldShell } from '../FieldShell';
import type { WidgetProps } from '../registry';
import { messageText, useField } from '../useField';
import { OptionSelect } from './ChoiceWidgets';

const INPUT_TYPE = { date: 'date', time: 'time', 'date-time': 'datetime-local' } as const;

/** Native inputs drop zero seconds (`02:00`); the platform writes them (`02:00:00`). */
function withSeconds(kind: keyof typeof INPUT_TYPE, text: string): string {
  if (kind === 'date') return text;
  return /(^|T)\d{2}:\d{2}$/.test(text) ? `${text}:00` : text;
}

export function DateTimeWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  const id = useId();
  const kind = field.control.kind as keyof typeof INPUT_TYPE;
  const errorId = `${id}-error`;
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error} controlId={id}>
      <input
        id={id}
        className={`sf-native-input${error ? ' sf-native-input-error' : ''}`}
        type={INPUT_TYPE[kind]}
        step={kind === 'date' ? undefined : 1}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(withSeconds(kind, e.target.value))}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {/* the error of a native input, where Strato's controls show theirs */}
      {error ? <span id={errorId} className="sf-native-error">{messageText(error)}</span> : null}
    </FieldShell>
  );
}

export function TimeZoneWidget({ field, path }: WidgetProps) {
  const { value } = useField(path, field);
  const options = timeZoneOptions(typeof value === 'string' ? value : undefined).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
  return <OptionSelect field={field} path={path} options={options} unknownLabel={(v) => v} placeholder="Choose a time zone" />;
}
