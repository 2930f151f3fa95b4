/**
 * A metric event's metric key picked from the metrics catalog (components/metric-picker), and its
 * static threshold with the unit the metric answers in, as widgets of the schema form.
 */
import React from 'react';
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
  const value = useValueAt(store, '') as Record<string, unknown>;
  return (
    <>
      <NumberWidget {...props} />
      <MetricThresholdUnit value={value} />
    </>
  );
}
