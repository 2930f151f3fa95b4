/**
 * Which component edits a field. The renderer asks the registry for every field; entries match,
 * most specific first: one field of one schema (`schemaId` + `path`, a path pattern with `*` for
 * collection indexes, e.g. `queryDefinition.metricKey`), then a `subType` (`email`), then a
 * referenced schema (`builtin:management-zones`), then the kind of control (`number`). A later
 * registry passed to `createWidgetRegistry` overrides an earlier one at the same level, so a page
 * plugs in its own widgets without touching the renderer:
 *
 *   const widgets = createWidgetRegistry(DEFAULT_WIDGETS, [
 *     { schemaId: 'builtin:anomaly-detection.metric-events', path: 'queryDefinition.metricKey', widget: MetricKeyPicker },
 *   ]);
 */
import type { ComponentType } from 'react';
import type { FieldControl, FormField } from '../../../../lib/settings-schemas/form';

export interface WidgetProps {
  field: FormField;
  /** dotted value path of the field (`severityRules.2.delayInMinutes`) */
  path: string;
}

export type Widget = ComponentType<WidgetProps>;

export type WidgetEntry = { widget: Widget } & (
  | { schemaId: string; path: string }
  | { subType: string }
  | { referencedType: string }
  | { kind: FieldControl['kind'] }
);

export interface WidgetRegistry {
  widgetFor(schemaId: string, field: FormField): Widget | undefined;
}

const referencedTypeOf = (c: FieldControl) => (c.kind === 'reference' || c.kind === 'reference-list' ? c.referencedType : undefined);

export function createWidgetRegistry(...lists: ReadonlyArray<readonly WidgetEntry[]>): WidgetRegistry {
  const byPath = new Map<string, Widget>();
  const bySubType = new Map<string, Widget>();
  const byReference = new Map<string, Widget>();
  const byKind = new Map<string, Widget>();
  for (const entry of lists.flat()) {
    if ('path' in entry) byPath.set(`${entry.schemaId}|${entry.path}`, entry.widget);
    else if ('subType' in entry) bySubType.set(entry.subType, entry.widget);
    else if ('referencedType' in entry) byReference.set(entry.referencedType, entry.widget);
    else byKind.set(entry.kind, entry.widget);
  }
  const cache = new Map<string, Widget | undefined>();
  return {
    widgetFor(schemaId, field) {
      const key = `${schemaId}|${field.pattern}`;
      if (cache.has(key)) return cache.get(key);
      const subType = field.def.subType;
      const reference = referencedTypeOf(field.control);
      const widget = byPath.get(key)
        ?? (subType !== undefined ? bySubType.get(subType) : undefined)
        ?? (reference !== undefined ? byReference.get(reference) : undefined)
        ?? byKind.get(field.control.kind);
      cache.set(key, widget);
      return widget;
    },
  };
}
