/** The widget of every control kind: what a schema form uses unless a page registers its own. */
import type { WidgetEntry } from './registry';
import { EnumWidget, ReferenceListWidget, ReferenceWidget } from './widgets/ChoiceWidgets';
import { ObjectListWidget, TextListWidget } from './widgets/ListWidgets';
import { ObjectWidget } from './widgets/ObjectWidget';
import { SecretWidget } from './widgets/SecretWidget';
import { BooleanWidget, NumberWidget, TextWidget } from './widgets/TextWidgets';
import { DateTimeWidget, TimeZoneWidget } from './widgets/TimeWidgets';

export const DEFAULT_WIDGETS: readonly WidgetEntry[] = [
  { kind: 'text', widget: TextWidget },
  { kind: 'secret', widget: SecretWidget },
  { kind: 'boolean', widget: BooleanWidget },
  { kind: 'number', widget: NumberWidget },
  { kind: 'enum', widget: EnumWidget },
  { kind: 'date', widget: DateTimeWidget },
  { kind: 'time', widget: DateTimeWidget },
  { kind: 'date-time', widget: DateTimeWidget },
  { kind: 'time-zone', widget: TimeZoneWidget },
  { kind: 'reference', widget: ReferenceWidget },
  { kind: 'reference-list', widget: ReferenceListWidget },
  { kind: 'object', widget: ObjectWidget },
  { kind: 'object-list', widget: ObjectListWidget },
  { kind: 'text-list', widget: TextListWidget },
];
