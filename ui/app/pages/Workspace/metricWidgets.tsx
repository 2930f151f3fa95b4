/**
 * A metric event's metric key picked from the metrics catalog (components/metric-picker), and its
 * static threshold with the unit the metric answers in, as widgets of the schema form.
 */
import React, { useMemo } from 'react';
import { MetricKeyPicker, MetricThresholdUnit } from '../../components/metric-picker';
import { FieldShell, NumberWidget, useField, useForm, useValueAt, type WidgetProps } from '../../components/schema-form';

export function MetricKeyWidget({ field, path }: WidgetProps) {
  const { value, messages, error, onChange, disabled } = useField(path, field);
  return (
    <FieldShell field={field} path={path} messages={messages} shown={error}>
      <MetricKeyPicker aria-label={field.label} value={typeof value === 'string' ? value : undefined} onChange={onChange} disabled={disabled} error={error?.message} />
    </FieldShell>
  );
}

export function ThresholdWidget(props: WidgetProps) {
  const { store } = useForm();
  // only the query decides the unit: subscribing to it alone keeps keystrokes elsewhere from re-rendering this field
  const queryDefinition = useValueAt(store, 'queryDefinition');
  const value = useMemo(() => ({ queryDefinition }), [queryDefinition]);
  return (
    <>
      <NumberWidget {...props} />
      <MetricThresholdUnit value={value} />
    </>
  );
}
