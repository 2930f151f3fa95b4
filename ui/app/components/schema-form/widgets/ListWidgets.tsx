/**
 * Collections: a list (or set) of objects, each item a group of its fields with a one-line
 * summary, moved up and down or removed with buttons, and added from the item type's defaults;
 * a list of texts (tags, e-mail recipients), one input per entry, each checked on its own.
 * Everything is a button or an input, so the keyboard does all of it; focus follows the item
 * that moved and a polite announcement says where it went.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FieldSet, TextInput } from '@dynatrace/strato-components/forms';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useRef, useState } from 'react';
import { controlOf, itemSummary, joinPath, valueOfControl, type FormField } from '../../../../../lib/settings-schemas/form';
import { FieldMessages, Help } from '../FieldShell';
import { useForm } from '../FormContext';
import { useCountAt, useMessagesAt, useValueAt } from '../formStore';
import type { Props } from '../../../../../lib/settings-schemas/form/schema-paths';
import { ObjectFields } from '../ObjectFields';
import type { WidgetProps } from '../registry';
import { controlStateOf, useField } from '../useField';
import { useRevealed } from '../useRevealed';
import { atPath, focusLater } from './listFocus';

const itemName = (field: FormField, index: number) => `${field.label}, item ${index + 1}`;

function ItemButton({ action, label, onClick, disabled, children }: { action: string; label: string; onClick: () => void; disabled: boolean; children: string }) {
  return <span data-action={action}><Button size="condensed" aria-label={label} onClick={onClick} disabled={disabled}>{children}</Button></span>;
}

interface ListChrome {
  field: FormField;
  path: string;
  count: number;
  disabled: boolean;
  announce: (text: string) => void;
  root: React.RefObject<HTMLDivElement | null>;
}

function ItemSummary({ field, path }: { field: FormField; path: string }) {
  const { schema, store } = useForm();
  const item = useValueAt(store, path);
  return <Text textStyle="small" className="sf-item-summary">{itemSummary(schema, field, item)}</Text>;
}

function ItemMessages({ path }: { path: string }) {
  const { messages } = useForm();
  return <FieldMessages messages={useMessagesAt(messages, path)} />;
}

/** Move and remove buttons of an item: rendered again only when its position or the list's length changes. */
const ItemActions = React.memo(function ItemActions({ chrome, index }: { chrome: ListChrome; index: number }) {
  const { actions } = useForm();
  const { field, path, count, disabled, announce, root } = chrome;
  const name = itemName(field, index);
  const move = (to: number, action: string) => {
    actions.moveItem(path, index, to);
    announce(`${name} moved to position ${to + 1}`);
    focusLater(root.current, [`${atPath(joinPath(path, to))} [data-action="${action}"]`, `${atPath(joinPath(path, to))} [data-action]`]);
  };
  return (
    <div className="sf-item-actions">
      <ItemButton action="up" label={`Move ${name} up`} onClick={() => move(index - 1, 'up')} disabled={disabled || index === 0}>Move up</ItemButton>
      <ItemButton action="down" label={`Move ${name} down`} onClick={() => move(index + 1, 'down')} disabled={disabled || index === count - 1}>Move down</ItemButton>
      <ItemButton
        action="remove"
        label={`Remove ${name}`}
        disabled={disabled}
        onClick={() => {
          actions.removeItem(path, index);
          announce(`${name} removed`);
          focusLater(root.current, [`${atPath(joinPath(path, index))} [data-action="remove"]`, `${atPath(joinPath(path, index - 1))} [data-action="remove"]`, '[data-action="add"]']);
        }}
      >
        Remove
      </ItemButton>
    </div>
  );
});

const ObjectItem = React.memo(function ObjectItem({ chrome, index }: { chrome: ListChrome; index: number }) {
  const { field, path } = chrome;
  if (field.control.kind !== 'object-list' || field.control.item.control.kind !== 'object') return null;
  const item = field.control.item;
  const itemPath = joinPath(path, index);
  return (
    <div className="sf-item" data-field-path={itemPath}>
      <FieldSet>
        <FieldSet.Legend>{itemName(field, index)}</FieldSet.Legend>
        <div className="sf-item-head">
          <ItemSummary field={item} path={itemPath} />
          <ItemActions chrome={chrome} index={index} />
        </div>
        <ItemMessages path={itemPath} />
        <ObjectFields pattern={item.pattern} path={itemPath} properties={(item.control as { properties: Props }).properties} />
      </FieldSet>
    </div>
  );
});

const TextEntry = React.memo(function TextEntry({ chrome, index }: { chrome: ListChrome; index: number }) {
  const { actions } = useForm();
  const { field, path, disabled, announce, root } = chrome;
  const entryPath = joinPath(path, index);
  const { value, messages, error, onChange } = useField(entryPath);
  if (!('item' in field.control)) return null;
  const item = field.control.item;
  const name = itemName(field, index);
  return (
    <div className="sf-entry" data-field-path={entryPath}>
      <div className="sf-entry-row">
        <TextInput
          aria-label={name}
          type={item.def.subType === 'email' ? 'email' : 'text'}
          value={(controlOf(item, value) as string | null) ?? ''}
          onChange={(next: string) => onChange(valueOfControl(item, next))}
          disabled={disabled}
          controlState={controlStateOf(error)}
        />
        <ItemButton
          action="remove"
          label={`Remove ${name}`}
          disabled={disabled}
          onClick={() => {
            actions.removeItem(path, index);
            announce(`${name} removed`);
            focusLater(root.current, [`${atPath(joinPath(path, index))} input`, `${atPath(joinPath(path, index - 1))} input`, '[data-action="add"]']);
          }}
        >
          Remove
        </ItemButton>
      </div>
      <FieldMessages messages={messages} shown={error} />
    </div>
  );
});

function CollectionWidget({ field, path, Item }: WidgetProps & { Item: typeof ObjectItem }) {
  const { actions, store, messages: messageStore, disabled } = useForm();
  const count = useCountAt(store, path);
  const messages = useMessagesAt(messageStore, path);
  const root = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const revealed = useRevealed();
  // stable while only the items' contents change, so the items' buttons are not drawn again
  const chrome = useMemo<ListChrome>(() => ({ field, path, count, disabled, announce: setAnnouncement, root }), [field, path, count, disabled]);
  const full = field.maxItems !== undefined && count >= field.maxItems;
  return (
    <div className="sf-group" data-field-path={path} ref={root}>
      <FieldSet>
        <FieldSet.Legend>{field.label}{field.required ? ' (required)' : ''}</FieldSet.Legend>
        <Help text={field.help} />
        <FieldMessages messages={messages} />
        {count === 0 ? <Text textStyle="small" className="sf-help">None yet.</Text> : null}
        {revealed ? Array.from({ length: count }, (_, i) => <Item key={i} chrome={chrome} index={i} />) : null}
        {!revealed && count > 0 ? <div className="sf-pending" data-pending="" aria-busy="true" /> : null}
        <div>
          <ItemButton
            action="add"
            label={`${field.label}: add`}
            disabled={disabled || full}
            onClick={() => {
              actions.addItem(path);
              setAnnouncement(`${itemName(field, count)} added`);
              focusLater(root.current, [`${atPath(joinPath(path, count))} input, ${atPath(joinPath(path, count))} [role="combobox"]`]);
            }}
          >
            Add
          </ItemButton>
        </div>
        <span className="sf-visually-hidden" aria-live="polite">{announcement}</span>
      </FieldSet>
    </div>
  );
}

export const ObjectListWidget = (props: WidgetProps) => <CollectionWidget {...props} Item={ObjectItem} />;
export const TextListWidget = (props: WidgetProps) => <CollectionWidget {...props} Item={TextEntry} />;
