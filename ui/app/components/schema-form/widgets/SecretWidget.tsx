/**
 * A secret. The platform sends stored secrets masked (`********`) and keeps the stored one when
 * the mask is sent back (lib/settings-schemas/secrets.ts), so on edit the field says "stored,
 * unchanged" and offers an explicit "Replace"; a new secret is typed into a masked input, and
 * "Keep the stored secret" puts the mask back.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { PasswordInput } from '@dynatrace/strato-components/forms';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import { MASKED_SECRET } from '../../../../../lib/settings-schemas';
import { controlOf, valueOfControl } from '../../../../../lib/settings-schemas/form';
import { FieldShell } from '../FieldShell';
import type { WidgetProps } from '../registry';
import { controlStateOf, useField } from '../useField';

export function SecretWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  const stored = value === MASKED_SECRET;
  // set once a stored secret is being replaced, so the way back stays offered
  const [replacing, setReplacing] = useState(false);
  if (stored) {
    return (
      <FieldShell field={field} path={path} messages={messages} shown={error}>
        <Flex alignItems="center" gap={8} flexWrap="wrap">
          <Text className="sf-secret-stored">Stored secret, unchanged</Text>
          <Button size="condensed" disabled={disabled} onClick={() => { setReplacing(true); onChange(''); }} aria-label={`Replace ${field.label}`}>Replace</Button>
        </Flex>
      </FieldShell>
    );
  }
  const text = (controlOf(field, value) as string | null) ?? '';
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error}>
      <Flex alignItems="center" gap={8}>
        <PasswordInput value={text} onChange={(next: string) => onChange(valueOfControl(field, next))} disabled={disabled} controlState={controlStateOf(error)} style={{ flex: 1 }} />
        {replacing ? (
          <Button size="condensed" disabled={disabled} onClick={() => { setReplacing(false); onChange(MASKED_SECRET); }}>Keep the stored secret</Button>
        ) : null}
      </Flex>
    </FieldShell>
  );
}
