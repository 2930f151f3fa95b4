/**
 * The frame of one field: its label, the control, the schema's description as help, and the
 * messages found at it (the first error sits in the control's own error state; the others
 * below it). `data-field-path` lets a message summary find, scroll to and focus the field.
 */
import { FormField, Label } from '@dynatrace/strato-components/forms';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { FormField as Field } from '../../../../lib/settings-schemas/form';
import type { FieldMessage } from './formStore';
import { messageText } from './useField';

const PREFIX: Record<FieldMessage['severity'], string> = { error: '', warning: 'Warning: ', info: 'Note: ' };

/** The messages of a field that are not already shown in its control's error state. */
export function FieldMessages({ messages, shown }: { messages: readonly FieldMessage[]; shown?: FieldMessage }) {
  const rest = messages.filter((m) => m !== shown);
  if (rest.length === 0) return null;
  return (
    <div className="sf-messages">
      {rest.map((m, i) => (
        <Text key={i} textStyle="small" className={`sf-message sf-message-${m.severity}`}>{PREFIX[m.severity]}{messageText(m)}</Text>
      ))}
    </div>
  );
}

export function Help({ text }: { text: string }) {
  return text ? <Text textStyle="small" className="sf-help">{text}</Text> : null;
}

interface Props {
  field: Field;
  path: string;
  messages: readonly FieldMessage[];
  /** the error already shown by the control */
  shown?: FieldMessage;
  /** text after the help (a range, a unit hint) */
  note?: string;
  /** false for controls that carry their own label (a switch) */
  label?: boolean;
  /** the id of a native control (Strato's controls are linked to the label by the FormField) */
  controlId?: string;
  children: React.ReactNode;
}

export function FieldShell({ field, path, messages, shown, note, label = true, controlId, children }: Props) {
  const fixed = 'modificationPolicy' in field.def && field.def.modificationPolicy === 'NEVER' ? 'It cannot be changed once the object exists.' : '';
  const help = [field.help, note, fixed].filter(Boolean).join(' ');
  return (
    <div className="sf-field" data-field-path={path}>
      <FormField required={field.required} controlId={controlId}>
        {label ? <Label>{field.label}</Label> : null}
        {children}
        <Help text={help} />
        <FieldMessages messages={messages} shown={shown} />
      </FormField>
    </div>
  );
}
