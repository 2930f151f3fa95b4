/**
 * The workspace editor's own widgets, plugged into the schema form's registry by field: the
 * zone pickers of the fields that carry an object's zone move the whole object
 * (`moveToZone` in lib/alerting: a metric event's entity condition moves with its query zone),
 * an SLO's entity selector gets a zone picker that writes its `mzName(…)`, and a metric event's
 * metric key comes from the metrics catalog with its threshold's unit beside the threshold.
 * To add a widget for another field, add an entry here: `{ schemaId, path, widget }`.
 */
import { Select, SelectContent, SelectOption, SelectTrigger, FormField, Label } from '@dynatrace/strato-components/forms';
import React from 'react';
import { moveToZone, scanEntitySelector, ZONE_FIELDS } from '../../../../lib/alerting';
import type { AlertingSchemaId, CallerTeam } from '../../../../lib/contracts';
import { parentPath } from '../../../../lib/settings-schemas/form';
import { normalizePath } from '../../../../lib/values/value-path';
import {
  DEFAULT_WIDGETS, OptionSelect, TextWidget, createWidgetRegistry, useForm, useReferenceOptions, useValueAt,
  type ReferenceOption, type WidgetEntry, type WidgetProps,
} from '../../components/schema-form';
import { MetricKeyWidget, ThresholdWidget } from './metricWidgets';

export interface ProfileOption {
  objectId: string;
  name: string;
}

/** What reference fields may point at: the team's existing zones (by id) and its alerting profiles. */
export function referencesOf(team: CallerTeam, profiles: readonly ProfileOption[]): Record<string, readonly ReferenceOption[]> {
  const zones = team.managementZones.flatMap((z) => (z.id === null ? [] : [{ value: z.id, label: z.name }]));
  return {
    'builtin:management-zones': zones,
    ManagementZone: zones,
    'builtin:alerting.profile': profiles.map((p) => ({ value: p.objectId, label: p.name })),
  };
}

/** A zone picker that moves the whole object: every field carrying the zone follows. */
function ZoneMoveWidget({ field, path }: WidgetProps) {
  const { schema, actions } = useForm();
  const { options, noun, unknownLabel } = useReferenceOptions(field);
  const zoneOf = (id: unknown) => (typeof id === 'string' && id !== '' ? { id, name: options.find((o) => o.value === id)?.label ?? '' } : undefined);
  return (
    <OptionSelect
      field={field}
      path={path}
      options={options}
      unknownLabel={unknownLabel}
      placeholder={`Choose ${noun}`}
      onPick={(next, previous) => actions.update((value) => moveToZone(schema.schemaId as AlertingSchemaId, value, { from: zoneOf(previous), to: zoneOf(next) }))}
    />
  );
}

/** An SLO's entity selector, with the team zone its `mzName(…)` names picked from a list. */
function SelectorZoneWidget(props: WidgetProps) {
  const { schema, store, actions, references, disabled } = useForm();
  const selector = useValueAt(store, props.path);
  const current = scanEntitySelector(typeof selector === 'string' ? selector : '').names[0] ?? null;
  const names = (references['slo-zone-names'] ?? []).map((o) => o.value);
  const move = (name: string | null) => {
    if (name) actions.update((value) => moveToZone(schema.schemaId as AlertingSchemaId, value, { from: undefined, to: { id: '', name } }));
  };
  return (
    <>
      <div className="sf-field" data-field-path={`${props.path}#zone`}>
        <FormField>
          <Label>Management zone</Label>
          <Select value={current} onChange={move} disabled={disabled}>
            <SelectTrigger placeholder="Choose one of your team's zones" />
            <SelectContent>
              {names.map((n) => <SelectOption key={n} value={n}>{n}</SelectOption>)}
              {current && !names.includes(current) ? <SelectOption value={current}>{`${current} (not your team's)`}</SelectOption> : null}
            </SelectContent>
          </Select>
        </FormField>
      </div>
      <TextWidget {...props} />
    </>
  );
}

/** A metric event's entity condition: its value is a zone of the team when the condition is about a management zone. */
function ConditionValueWidget(props: WidgetProps) {
  const { store, references } = useForm();
  const type = useValueAt(store, `${parentPath(props.path)}.type`);
  if (type !== 'MANAGEMENT_ZONE') return <TextWidget {...props} />;
  return (
    <OptionSelect
      field={props.field}
      path={props.path}
      options={references['builtin:management-zones'] ?? []}
      unknownLabel={(v) => `zone ${v} (not your team's)`}
      placeholder="Choose one of your team's zones"
    />
  );
}

const zonePath = (schemaId: AlertingSchemaId) => normalizePath(ZONE_FIELDS[schemaId].path);

export const EDITOR_WIDGETS: readonly WidgetEntry[] = [
  { schemaId: 'builtin:alerting.profile', path: zonePath('builtin:alerting.profile'), widget: ZoneMoveWidget },
  { schemaId: 'builtin:anomaly-detection.metric-events', path: zonePath('builtin:anomaly-detection.metric-events'), widget: ZoneMoveWidget },
  { schemaId: 'builtin:monitoring.slo', path: zonePath('builtin:monitoring.slo'), widget: SelectorZoneWidget },
  { schemaId: 'builtin:anomaly-detection.metric-events', path: 'queryDefinition.entityFilter.conditions.*.value', widget: ConditionValueWidget },
  { schemaId: 'builtin:anomaly-detection.metric-events', path: 'queryDefinition.metricKey', widget: MetricKeyWidget },
  { schemaId: 'builtin:anomaly-detection.metric-events', path: 'modelProperties.threshold', widget: ThresholdWidget },
];

export const EDITOR_WIDGET_REGISTRY = createWidgetRegistry(DEFAULT_WIDGETS, EDITOR_WIDGETS);

/** The SLO zone picker's options: the team's zone names (a selector names zones, ids are not needed). */
export function sloZoneNames(team: CallerTeam): readonly ReferenceOption[] {
  return team.managementZones.map((z) => ({ value: z.name, label: z.name }));
}
