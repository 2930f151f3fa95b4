/**
 * A nested object as a group of its own fields. An optional (nullable) object can be added,
 * starting from its defaults, and removed again; a value of the wrong shape is left to the JSON view.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FieldSet } from '@dynatrace/strato-components/forms';
import React from 'react';
import { FieldMessages, Help } from '../FieldShell';
import { useForm } from '../FormContext';
import { ObjectFields } from '../ObjectFields';
import type { WidgetProps } from '../registry';
import { useField } from '../useField';
import { useRevealed } from '../useRevealed';

export function ObjectWidget({ field, path }: WidgetProps) {
  const { actions } = useForm();
  const { value, messages, disabled } = useField(path, field);
  const revealed = useRevealed();
  if (field.control.kind !== 'object') return null;
  const present = typeof value === 'object' && value !== null && !Array.isArray(value);
  return (
    <div className="sf-group" data-field-path={path}>
      <FieldSet>
        <FieldSet.Legend>{field.label}</FieldSet.Legend>
        <Help text={field.help} />
        <FieldMessages messages={messages} />
        {present && revealed ? <ObjectFields pattern={field.pattern} path={path} properties={field.control.properties} /> : null}
        {present && !revealed ? <div className="sf-pending" data-pending="" aria-busy="true" /> : null}
        {!present && value !== undefined && value !== null ? <p className="sf-help">This value has the wrong shape: fix it in the JSON view.</p> : null}
        {field.nullable ? (
          <div>
            <Button size="condensed" disabled={disabled} onClick={() => actions.toggleObject(path, !present)}>
              {present ? `Remove ${field.label.toLowerCase()}` : `Add ${field.label.toLowerCase()}`}
            </Button>
          </div>
        ) : null}
      </FieldSet>
    </div>
  );
}
