/** The common fields of a schema, laid out as a form; edits go straight into the value. */
import { Flex } from '@dynatrace/strato-components/layouts';
import React from 'react';
import type { AlertingSchemaId, CallerTeam } from '../../../../lib/contracts';
import { getAt } from '../../../../lib/values/value-path';
import { FieldControl, type ProfileOption } from './FieldControl';
import { messagesFor, type FieldMessage } from './fieldMessages';
import { FORM_FIELDS } from './formFields';

interface Props {
  schemaId: AlertingSchemaId;
  value: Record<string, unknown>;
  onChange: (path: string, next: unknown) => void;
  team: CallerTeam;
  profiles: ProfileOption[];
  messages: FieldMessage[];
  disabled: boolean;
}

export function SchemaForm({ schemaId, value, onChange, team, profiles, messages, disabled }: Props) {
  const fields = FORM_FIELDS[schemaId].filter((f) => !f.when || getAt(value, f.when.path) === f.when.equals);
  return (
    <Flex flexDirection="column" gap={12}>
      {fields.map((field) => (
        <FieldControl
          key={`${field.path}-${field.kind}`}
          field={field}
          value={value}
          onChange={onChange}
          team={team}
          profiles={profiles}
          messages={messagesFor(messages, field.path)}
          disabled={disabled}
        />
      ))}
    </Flex>
  );
}
